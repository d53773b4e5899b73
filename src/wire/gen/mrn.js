/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const mrn = $root.mrn = (() => {

    /**
     * Namespace mrn.
     * @exports mrn
     * @namespace
     */
    const mrn = {};

    mrn.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof mrn
         * @namespace
         */
        const v1 = {};

        v1.AuditEntry = (function() {

            /**
             * Properties of an AuditEntry.
             * @typedef {Object} mrn.v1.AuditEntry.$Properties
             * @property {number|null} [version] AuditEntry version
             * @property {number|Long|null} [atMs] AuditEntry atMs
             * @property {mrn.v1.AuditEntry.Kind|null} [kind] AuditEntry kind
             * @property {string|null} [requestId] AuditEntry requestId
             * @property {string|null} [requester] AuditEntry requester
             * @property {string|null} [purpose] AuditEntry purpose
             * @property {string|null} [legalBasis] AuditEntry legalBasis
             * @property {string|null} [caseReferenceHash] AuditEntry caseReferenceHash
             * @property {string|null} [caseworker] AuditEntry caseworker
             * @property {string|null} [role] AuditEntry role
             * @property {string|null} [step] AuditEntry step
             * @property {string|null} [status] AuditEntry status
             * @property {Array.<string>|null} [ruleIds] AuditEntry ruleIds
             * @property {Array.<string>|null} [recordIds] AuditEntry recordIds
             * @property {Array.<mrn.v1.AuditEntry.ReleasedForm.$Properties>|null} [released] AuditEntry released
             * @property {Array.<mrn.v1.AuditEntry.WithheldRule.$Properties>|null} [withheld] AuditEntry withheld
             * @property {Array.<mrn.v1.AuditEntry.RecordGuard.$Properties>|null} [guards] AuditEntry guards
             * @property {string|null} [queryHash] AuditEntry queryHash
             * @property {string|null} [responseDigest] AuditEntry responseDigest
             * @property {string|null} [peerId] AuditEntry peerId
             * @property {string|null} [code] AuditEntry code
             * @property {string|null} [requestDigest] AuditEntry requestDigest
             * @property {Array.<mrn.v1.AuditEntry.SentRequest.$Properties>|null} [requests] AuditEntry requests
             * @property {string|null} [responder] AuditEntry responder
             * @property {string|null} [outcome] AuditEntry outcome
             * @property {number|Long|null} [peerAuditLeafIndex] AuditEntry peerAuditLeafIndex
             * @property {string|null} [origin] AuditEntry origin
             * @property {number|Long|null} [size] AuditEntry size
             * @property {string|null} [policyDigest] AuditEntry policyDigest
             * @property {string|null} [federationDigest] AuditEntry federationDigest
             * @property {Uint8Array|null} [localCommitment] AuditEntry localCommitment
             * @property {Array.<mrn.v1.AuditEntry.GuardedCountry.$Properties>|null} [notAsked] AuditEntry notAsked
             * @property {Array.<mrn.v1.AuditEntry.GuardedCountry.$Properties>|null} [askedUnderException] AuditEntry askedUnderException
             * @property {number|null} [count] AuditEntry count
             * @property {number|Long|null} [windowStartMs] AuditEntry windowStartMs
             * @property {string|null} [digestsHash] AuditEntry digestsHash
             * @property {string|null} [action] AuditEntry action
             * @property {number|Long|null} [lostFrom] AuditEntry lostFrom
             * @property {number|Long|null} [lostTo] AuditEntry lostTo
             * @property {number|Long|null} [backupTakenAtMs] AuditEntry backupTakenAtMs
             * @property {number|null} [membershipVersion] AuditEntry membershipVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditEntry.
             * @memberof mrn.v1
             * @interface IAuditEntry
             * @augments mrn.v1.AuditEntry.$Properties
             * @deprecated Use mrn.v1.AuditEntry.$Properties instead.
             */

            /**
             * Shape of an AuditEntry.
             * @typedef {mrn.v1.AuditEntry.$Properties} mrn.v1.AuditEntry.$Shape
             */

            /**
             * Constructs a new AuditEntry.
             * @memberof mrn.v1
             * @classdesc Represents an AuditEntry.
             * @constructor
             * @param {mrn.v1.AuditEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditEntry = function (properties) {
                this.ruleIds = [];
                this.recordIds = [];
                this.released = [];
                this.withheld = [];
                this.guards = [];
                this.requests = [];
                this.notAsked = [];
                this.askedUnderException = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditEntry version.
             * @member {number} version
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.version = 0;

            /**
             * AuditEntry atMs.
             * @member {number|Long} atMs
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.atMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuditEntry kind.
             * @member {mrn.v1.AuditEntry.Kind} kind
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.kind = 0;

            /**
             * AuditEntry requestId.
             * @member {string} requestId
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.requestId = "";

            /**
             * AuditEntry requester.
             * @member {string} requester
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.requester = "";

            /**
             * AuditEntry purpose.
             * @member {string} purpose
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.purpose = "";

            /**
             * AuditEntry legalBasis.
             * @member {string} legalBasis
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.legalBasis = "";

            /**
             * AuditEntry caseReferenceHash.
             * @member {string} caseReferenceHash
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.caseReferenceHash = "";

            /**
             * AuditEntry caseworker.
             * @member {string} caseworker
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.caseworker = "";

            /**
             * AuditEntry role.
             * @member {string} role
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.role = "";

            /**
             * AuditEntry step.
             * @member {string} step
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.step = "";

            /**
             * AuditEntry status.
             * @member {string} status
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.status = "";

            /**
             * AuditEntry ruleIds.
             * @member {Array.<string>} ruleIds
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.ruleIds = $util.emptyArray;

            /**
             * AuditEntry recordIds.
             * @member {Array.<string>} recordIds
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.recordIds = $util.emptyArray;

            /**
             * AuditEntry released.
             * @member {Array.<mrn.v1.AuditEntry.ReleasedForm.$Properties>} released
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.released = $util.emptyArray;

            /**
             * AuditEntry withheld.
             * @member {Array.<mrn.v1.AuditEntry.WithheldRule.$Properties>} withheld
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.withheld = $util.emptyArray;

            /**
             * AuditEntry guards.
             * @member {Array.<mrn.v1.AuditEntry.RecordGuard.$Properties>} guards
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.guards = $util.emptyArray;

            /**
             * AuditEntry queryHash.
             * @member {string} queryHash
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.queryHash = "";

            /**
             * AuditEntry responseDigest.
             * @member {string} responseDigest
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.responseDigest = "";

            /**
             * AuditEntry peerId.
             * @member {string} peerId
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.peerId = "";

            /**
             * AuditEntry code.
             * @member {string} code
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.code = "";

            /**
             * AuditEntry requestDigest.
             * @member {string} requestDigest
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.requestDigest = "";

            /**
             * AuditEntry requests.
             * @member {Array.<mrn.v1.AuditEntry.SentRequest.$Properties>} requests
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.requests = $util.emptyArray;

            /**
             * AuditEntry responder.
             * @member {string} responder
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.responder = "";

            /**
             * AuditEntry outcome.
             * @member {string} outcome
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.outcome = "";

            /**
             * AuditEntry peerAuditLeafIndex.
             * @member {number|Long} peerAuditLeafIndex
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.peerAuditLeafIndex = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuditEntry origin.
             * @member {string} origin
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.origin = "";

            /**
             * AuditEntry size.
             * @member {number|Long} size
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.size = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuditEntry policyDigest.
             * @member {string} policyDigest
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.policyDigest = "";

            /**
             * AuditEntry federationDigest.
             * @member {string} federationDigest
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.federationDigest = "";

            /**
             * AuditEntry localCommitment.
             * @member {Uint8Array} localCommitment
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.localCommitment = $util.newBuffer([]);

            /**
             * AuditEntry notAsked.
             * @member {Array.<mrn.v1.AuditEntry.GuardedCountry.$Properties>} notAsked
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.notAsked = $util.emptyArray;

            /**
             * AuditEntry askedUnderException.
             * @member {Array.<mrn.v1.AuditEntry.GuardedCountry.$Properties>} askedUnderException
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.askedUnderException = $util.emptyArray;

            /**
             * AuditEntry count.
             * @member {number} count
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.count = 0;

            /**
             * AuditEntry windowStartMs.
             * @member {number|Long} windowStartMs
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.windowStartMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuditEntry digestsHash.
             * @member {string} digestsHash
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.digestsHash = "";

            /**
             * AuditEntry action.
             * @member {string} action
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.action = "";

            /**
             * AuditEntry lostFrom.
             * @member {number|Long} lostFrom
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.lostFrom = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuditEntry lostTo.
             * @member {number|Long} lostTo
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.lostTo = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuditEntry backupTakenAtMs.
             * @member {number|Long} backupTakenAtMs
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.backupTakenAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuditEntry membershipVersion.
             * @member {number} membershipVersion
             * @memberof mrn.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.membershipVersion = 0;

            /**
             * Creates a new AuditEntry instance using the specified properties.
             * @function create
             * @memberof mrn.v1.AuditEntry
             * @static
             * @param {mrn.v1.AuditEntry.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.AuditEntry} AuditEntry instance
             * @type {{
             *   (properties: mrn.v1.AuditEntry.$Shape): mrn.v1.AuditEntry & mrn.v1.AuditEntry.$Shape;
             *   (properties?: mrn.v1.AuditEntry.$Properties): mrn.v1.AuditEntry;
             * }}
             */
            AuditEntry.create = function(properties) {
                return new AuditEntry(properties);
            };

            /**
             * Encodes the specified AuditEntry message. Does not implicitly {@link mrn.v1.AuditEntry.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.AuditEntry
             * @static
             * @param {mrn.v1.AuditEntry.$Properties} message AuditEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.version);
                if (message.atMs != null && $Object.hasOwnProperty.call(message, "atMs") && (typeof message.atMs === "object" ? message.atMs.low || message.atMs.high : message.atMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.atMs);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.requestId);
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.requester);
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose") && message.purpose !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.purpose);
                if (message.legalBasis != null && $Object.hasOwnProperty.call(message, "legalBasis") && message.legalBasis !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.legalBasis);
                if (message.caseReferenceHash != null && $Object.hasOwnProperty.call(message, "caseReferenceHash") && message.caseReferenceHash !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.caseReferenceHash);
                if (message.caseworker != null && $Object.hasOwnProperty.call(message, "caseworker") && message.caseworker !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.caseworker);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.role);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.step);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.status);
                if (message.ruleIds != null && message.ruleIds.length)
                    for (let i = 0; i < message.ruleIds.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.ruleIds[i]);
                if (message.recordIds != null && message.recordIds.length)
                    for (let i = 0; i < message.recordIds.length; ++i)
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.recordIds[i]);
                if (message.released != null && message.released.length)
                    for (let i = 0; i < message.released.length; ++i)
                        $root.mrn.v1.AuditEntry.ReleasedForm.encode(message.released[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.withheld != null && message.withheld.length)
                    for (let i = 0; i < message.withheld.length; ++i)
                        $root.mrn.v1.AuditEntry.WithheldRule.encode(message.withheld[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.guards != null && message.guards.length)
                    for (let i = 0; i < message.guards.length; ++i)
                        $root.mrn.v1.AuditEntry.RecordGuard.encode(message.guards[i], writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.queryHash != null && $Object.hasOwnProperty.call(message, "queryHash") && message.queryHash !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.queryHash);
                if (message.responseDigest != null && $Object.hasOwnProperty.call(message, "responseDigest") && message.responseDigest !== "")
                    writer.uint32(/* id 19, wireType 2 =*/154).string(message.responseDigest);
                if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                    writer.uint32(/* id 20, wireType 2 =*/162).string(message.peerId);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 21, wireType 2 =*/170).string(message.code);
                if (message.requestDigest != null && $Object.hasOwnProperty.call(message, "requestDigest") && message.requestDigest !== "")
                    writer.uint32(/* id 22, wireType 2 =*/178).string(message.requestDigest);
                if (message.requests != null && message.requests.length)
                    for (let i = 0; i < message.requests.length; ++i)
                        $root.mrn.v1.AuditEntry.SentRequest.encode(message.requests[i], writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.responder != null && $Object.hasOwnProperty.call(message, "responder") && message.responder !== "")
                    writer.uint32(/* id 24, wireType 2 =*/194).string(message.responder);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== "")
                    writer.uint32(/* id 25, wireType 2 =*/202).string(message.outcome);
                if (message.peerAuditLeafIndex != null && $Object.hasOwnProperty.call(message, "peerAuditLeafIndex") && (typeof message.peerAuditLeafIndex === "object" ? message.peerAuditLeafIndex.low || message.peerAuditLeafIndex.high : message.peerAuditLeafIndex !== 0))
                    writer.uint32(/* id 26, wireType 0 =*/208).int64(message.peerAuditLeafIndex);
                if (message.origin != null && $Object.hasOwnProperty.call(message, "origin") && message.origin !== "")
                    writer.uint32(/* id 27, wireType 2 =*/218).string(message.origin);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && (typeof message.size === "object" ? message.size.low || message.size.high : message.size !== 0))
                    writer.uint32(/* id 28, wireType 0 =*/224).int64(message.size);
                if (message.policyDigest != null && $Object.hasOwnProperty.call(message, "policyDigest") && message.policyDigest !== "")
                    writer.uint32(/* id 29, wireType 2 =*/234).string(message.policyDigest);
                if (message.federationDigest != null && $Object.hasOwnProperty.call(message, "federationDigest") && message.federationDigest !== "")
                    writer.uint32(/* id 30, wireType 2 =*/242).string(message.federationDigest);
                if (message.localCommitment != null && $Object.hasOwnProperty.call(message, "localCommitment") && message.localCommitment.length)
                    writer.uint32(/* id 31, wireType 2 =*/250).bytes(message.localCommitment);
                if (message.notAsked != null && message.notAsked.length)
                    for (let i = 0; i < message.notAsked.length; ++i)
                        $root.mrn.v1.AuditEntry.GuardedCountry.encode(message.notAsked[i], writer.uint32(/* id 32, wireType 2 =*/258).fork(), _depth + 1).ldelim();
                if (message.askedUnderException != null && message.askedUnderException.length)
                    for (let i = 0; i < message.askedUnderException.length; ++i)
                        $root.mrn.v1.AuditEntry.GuardedCountry.encode(message.askedUnderException[i], writer.uint32(/* id 33, wireType 2 =*/266).fork(), _depth + 1).ldelim();
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 34, wireType 0 =*/272).uint32(message.count);
                if (message.windowStartMs != null && $Object.hasOwnProperty.call(message, "windowStartMs") && (typeof message.windowStartMs === "object" ? message.windowStartMs.low || message.windowStartMs.high : message.windowStartMs !== 0))
                    writer.uint32(/* id 35, wireType 0 =*/280).int64(message.windowStartMs);
                if (message.digestsHash != null && $Object.hasOwnProperty.call(message, "digestsHash") && message.digestsHash !== "")
                    writer.uint32(/* id 36, wireType 2 =*/290).string(message.digestsHash);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
                    writer.uint32(/* id 37, wireType 2 =*/298).string(message.action);
                if (message.lostFrom != null && $Object.hasOwnProperty.call(message, "lostFrom") && (typeof message.lostFrom === "object" ? message.lostFrom.low || message.lostFrom.high : message.lostFrom !== 0))
                    writer.uint32(/* id 38, wireType 0 =*/304).int64(message.lostFrom);
                if (message.lostTo != null && $Object.hasOwnProperty.call(message, "lostTo") && (typeof message.lostTo === "object" ? message.lostTo.low || message.lostTo.high : message.lostTo !== 0))
                    writer.uint32(/* id 39, wireType 0 =*/312).int64(message.lostTo);
                if (message.backupTakenAtMs != null && $Object.hasOwnProperty.call(message, "backupTakenAtMs") && (typeof message.backupTakenAtMs === "object" ? message.backupTakenAtMs.low || message.backupTakenAtMs.high : message.backupTakenAtMs !== 0))
                    writer.uint32(/* id 40, wireType 0 =*/320).int64(message.backupTakenAtMs);
                if (message.membershipVersion != null && $Object.hasOwnProperty.call(message, "membershipVersion") && message.membershipVersion !== 0)
                    writer.uint32(/* id 41, wireType 0 =*/328).uint32(message.membershipVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditEntry message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.AuditEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.AuditEntry & mrn.v1.AuditEntry.$Shape} AuditEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.AuditEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.atMs = value;
                            else
                                delete message.atMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requester = value;
                            else
                                delete message.requester;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.purpose = value;
                            else
                                delete message.purpose;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.legalBasis = value;
                            else
                                delete message.legalBasis;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caseReferenceHash = value;
                            else
                                delete message.caseReferenceHash;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caseworker = value;
                            else
                                delete message.caseworker;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ruleIds && message.ruleIds.length))
                                message.ruleIds = [];
                            message.ruleIds.push(reader.stringVerify());
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.recordIds && message.recordIds.length))
                                message.recordIds = [];
                            message.recordIds.push(reader.stringVerify());
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.released && message.released.length))
                                message.released = [];
                            message.released.push($root.mrn.v1.AuditEntry.ReleasedForm.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.withheld && message.withheld.length))
                                message.withheld = [];
                            message.withheld.push($root.mrn.v1.AuditEntry.WithheldRule.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (!(message.guards && message.guards.length))
                                message.guards = [];
                            message.guards.push($root.mrn.v1.AuditEntry.RecordGuard.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.queryHash = value;
                            else
                                delete message.queryHash;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.responseDigest = value;
                            else
                                delete message.responseDigest;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.peerId = value;
                            else
                                delete message.peerId;
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestDigest = value;
                            else
                                delete message.requestDigest;
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            if (!(message.requests && message.requests.length))
                                message.requests = [];
                            message.requests.push($root.mrn.v1.AuditEntry.SentRequest.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.responder = value;
                            else
                                delete message.responder;
                            continue;
                        }
                    case 25: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 26: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.peerAuditLeafIndex = value;
                            else
                                delete message.peerAuditLeafIndex;
                            continue;
                        }
                    case 27: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.origin = value;
                            else
                                delete message.origin;
                            continue;
                        }
                    case 28: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.size = value;
                            else
                                delete message.size;
                            continue;
                        }
                    case 29: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.policyDigest = value;
                            else
                                delete message.policyDigest;
                            continue;
                        }
                    case 30: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.federationDigest = value;
                            else
                                delete message.federationDigest;
                            continue;
                        }
                    case 31: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.localCommitment = value;
                            else
                                delete message.localCommitment;
                            continue;
                        }
                    case 32: {
                            if (wireType !== 2)
                                break;
                            if (!(message.notAsked && message.notAsked.length))
                                message.notAsked = [];
                            message.notAsked.push($root.mrn.v1.AuditEntry.GuardedCountry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 33: {
                            if (wireType !== 2)
                                break;
                            if (!(message.askedUnderException && message.askedUnderException.length))
                                message.askedUnderException = [];
                            message.askedUnderException.push($root.mrn.v1.AuditEntry.GuardedCountry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 34: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 35: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.windowStartMs = value;
                            else
                                delete message.windowStartMs;
                            continue;
                        }
                    case 36: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.digestsHash = value;
                            else
                                delete message.digestsHash;
                            continue;
                        }
                    case 37: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    case 38: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lostFrom = value;
                            else
                                delete message.lostFrom;
                            continue;
                        }
                    case 39: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lostTo = value;
                            else
                                delete message.lostTo;
                            continue;
                        }
                    case 40: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.backupTakenAtMs = value;
                            else
                                delete message.backupTakenAtMs;
                            continue;
                        }
                    case 41: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.membershipVersion = value;
                            else
                                delete message.membershipVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AuditEntry
             * @function getTypeUrl
             * @memberof mrn.v1.AuditEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuditEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.AuditEntry";
            };

            /**
             * Kind enum.
             * @name mrn.v1.AuditEntry.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} QUERY_RECEIVED=1 QUERY_RECEIVED value
             * @property {number} QUERY_REJECTED=2 QUERY_REJECTED value
             * @property {number} QUERY_SENT=3 QUERY_SENT value
             * @property {number} RESPONSE_RECEIVED=4 RESPONSE_RECEIVED value
             * @property {number} NODE_STARTED=5 NODE_STARTED value
             * @property {number} NODE_STOPPED=6 NODE_STOPPED value
             * @property {number} CONNECTION_REFUSED=7 CONNECTION_REFUSED value
             * @property {number} WITNESS_REFUSED=8 WITNESS_REFUSED value
             * @property {number} COSIGNATURE_REFUSED=9 COSIGNATURE_REFUSED value
             * @property {number} POLICY_CHANGED=10 POLICY_CHANGED value
             * @property {number} FEDERATION_CHANGED=11 FEDERATION_CHANGED value
             * @property {number} QUERY_REFUSED=12 QUERY_REFUSED value
             * @property {number} QUERY_REFUSALS=13 QUERY_REFUSALS value
             * @property {number} ADMIN_ACTION=14 ADMIN_ACTION value
             * @property {number} LOG_RESTORED=15 LOG_RESTORED value
             */
            AuditEntry.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "QUERY_RECEIVED"] = 1;
                values[valuesById[2] = "QUERY_REJECTED"] = 2;
                values[valuesById[3] = "QUERY_SENT"] = 3;
                values[valuesById[4] = "RESPONSE_RECEIVED"] = 4;
                values[valuesById[5] = "NODE_STARTED"] = 5;
                values[valuesById[6] = "NODE_STOPPED"] = 6;
                values[valuesById[7] = "CONNECTION_REFUSED"] = 7;
                values[valuesById[8] = "WITNESS_REFUSED"] = 8;
                values[valuesById[9] = "COSIGNATURE_REFUSED"] = 9;
                values[valuesById[10] = "POLICY_CHANGED"] = 10;
                values[valuesById[11] = "FEDERATION_CHANGED"] = 11;
                values[valuesById[12] = "QUERY_REFUSED"] = 12;
                values[valuesById[13] = "QUERY_REFUSALS"] = 13;
                values[valuesById[14] = "ADMIN_ACTION"] = 14;
                values[valuesById[15] = "LOG_RESTORED"] = 15;
                return values;
            })();

            AuditEntry.ReleasedForm = (function() {

                /**
                 * Properties of a ReleasedForm.
                 * @typedef {Object} mrn.v1.AuditEntry.ReleasedForm.$Properties
                 * @property {string|null} [field] ReleasedForm field
                 * @property {string|null} [form] ReleasedForm form
                 * @property {string|null} [ruleId] ReleasedForm ruleId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReleasedForm.
                 * @memberof mrn.v1.AuditEntry
                 * @interface IReleasedForm
                 * @augments mrn.v1.AuditEntry.ReleasedForm.$Properties
                 * @deprecated Use mrn.v1.AuditEntry.ReleasedForm.$Properties instead.
                 */

                /**
                 * Shape of a ReleasedForm.
                 * @typedef {mrn.v1.AuditEntry.ReleasedForm.$Properties} mrn.v1.AuditEntry.ReleasedForm.$Shape
                 */

                /**
                 * Constructs a new ReleasedForm.
                 * @memberof mrn.v1.AuditEntry
                 * @classdesc Represents a ReleasedForm.
                 * @constructor
                 * @param {mrn.v1.AuditEntry.ReleasedForm.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReleasedForm = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReleasedForm field.
                 * @member {string} field
                 * @memberof mrn.v1.AuditEntry.ReleasedForm
                 * @instance
                 */
                ReleasedForm.prototype.field = "";

                /**
                 * ReleasedForm form.
                 * @member {string} form
                 * @memberof mrn.v1.AuditEntry.ReleasedForm
                 * @instance
                 */
                ReleasedForm.prototype.form = "";

                /**
                 * ReleasedForm ruleId.
                 * @member {string} ruleId
                 * @memberof mrn.v1.AuditEntry.ReleasedForm
                 * @instance
                 */
                ReleasedForm.prototype.ruleId = "";

                /**
                 * Creates a new ReleasedForm instance using the specified properties.
                 * @function create
                 * @memberof mrn.v1.AuditEntry.ReleasedForm
                 * @static
                 * @param {mrn.v1.AuditEntry.ReleasedForm.$Properties=} [properties] Properties to set
                 * @returns {mrn.v1.AuditEntry.ReleasedForm} ReleasedForm instance
                 * @type {{
                 *   (properties: mrn.v1.AuditEntry.ReleasedForm.$Shape): mrn.v1.AuditEntry.ReleasedForm & mrn.v1.AuditEntry.ReleasedForm.$Shape;
                 *   (properties?: mrn.v1.AuditEntry.ReleasedForm.$Properties): mrn.v1.AuditEntry.ReleasedForm;
                 * }}
                 */
                ReleasedForm.create = function(properties) {
                    return new ReleasedForm(properties);
                };

                /**
                 * Encodes the specified ReleasedForm message. Does not implicitly {@link mrn.v1.AuditEntry.ReleasedForm.verify|verify} messages.
                 * @function encode
                 * @memberof mrn.v1.AuditEntry.ReleasedForm
                 * @static
                 * @param {mrn.v1.AuditEntry.ReleasedForm.$Properties} message ReleasedForm message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReleasedForm.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.field != null && $Object.hasOwnProperty.call(message, "field") && message.field !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.field);
                    if (message.form != null && $Object.hasOwnProperty.call(message, "form") && message.form !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.form);
                    if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId") && message.ruleId !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.ruleId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReleasedForm message from the specified reader or buffer.
                 * @function decode
                 * @memberof mrn.v1.AuditEntry.ReleasedForm
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mrn.v1.AuditEntry.ReleasedForm & mrn.v1.AuditEntry.ReleasedForm.$Shape} ReleasedForm
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReleasedForm.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mrn.v1.AuditEntry.ReleasedForm();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.field = value;
                                else
                                    delete message.field;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.form = value;
                                else
                                    delete message.form;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ruleId = value;
                                else
                                    delete message.ruleId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for ReleasedForm
                 * @function getTypeUrl
                 * @memberof mrn.v1.AuditEntry.ReleasedForm
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                ReleasedForm.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mrn.v1.AuditEntry.ReleasedForm";
                };

                return ReleasedForm;
            })();

            AuditEntry.WithheldRule = (function() {

                /**
                 * Properties of a WithheldRule.
                 * @typedef {Object} mrn.v1.AuditEntry.WithheldRule.$Properties
                 * @property {string|null} [field] WithheldRule field
                 * @property {string|null} [ruleId] WithheldRule ruleId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WithheldRule.
                 * @memberof mrn.v1.AuditEntry
                 * @interface IWithheldRule
                 * @augments mrn.v1.AuditEntry.WithheldRule.$Properties
                 * @deprecated Use mrn.v1.AuditEntry.WithheldRule.$Properties instead.
                 */

                /**
                 * Shape of a WithheldRule.
                 * @typedef {mrn.v1.AuditEntry.WithheldRule.$Properties} mrn.v1.AuditEntry.WithheldRule.$Shape
                 */

                /**
                 * Constructs a new WithheldRule.
                 * @memberof mrn.v1.AuditEntry
                 * @classdesc Represents a WithheldRule.
                 * @constructor
                 * @param {mrn.v1.AuditEntry.WithheldRule.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WithheldRule = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WithheldRule field.
                 * @member {string} field
                 * @memberof mrn.v1.AuditEntry.WithheldRule
                 * @instance
                 */
                WithheldRule.prototype.field = "";

                /**
                 * WithheldRule ruleId.
                 * @member {string} ruleId
                 * @memberof mrn.v1.AuditEntry.WithheldRule
                 * @instance
                 */
                WithheldRule.prototype.ruleId = "";

                /**
                 * Creates a new WithheldRule instance using the specified properties.
                 * @function create
                 * @memberof mrn.v1.AuditEntry.WithheldRule
                 * @static
                 * @param {mrn.v1.AuditEntry.WithheldRule.$Properties=} [properties] Properties to set
                 * @returns {mrn.v1.AuditEntry.WithheldRule} WithheldRule instance
                 * @type {{
                 *   (properties: mrn.v1.AuditEntry.WithheldRule.$Shape): mrn.v1.AuditEntry.WithheldRule & mrn.v1.AuditEntry.WithheldRule.$Shape;
                 *   (properties?: mrn.v1.AuditEntry.WithheldRule.$Properties): mrn.v1.AuditEntry.WithheldRule;
                 * }}
                 */
                WithheldRule.create = function(properties) {
                    return new WithheldRule(properties);
                };

                /**
                 * Encodes the specified WithheldRule message. Does not implicitly {@link mrn.v1.AuditEntry.WithheldRule.verify|verify} messages.
                 * @function encode
                 * @memberof mrn.v1.AuditEntry.WithheldRule
                 * @static
                 * @param {mrn.v1.AuditEntry.WithheldRule.$Properties} message WithheldRule message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WithheldRule.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.field != null && $Object.hasOwnProperty.call(message, "field") && message.field !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.field);
                    if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId") && message.ruleId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.ruleId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WithheldRule message from the specified reader or buffer.
                 * @function decode
                 * @memberof mrn.v1.AuditEntry.WithheldRule
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mrn.v1.AuditEntry.WithheldRule & mrn.v1.AuditEntry.WithheldRule.$Shape} WithheldRule
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WithheldRule.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mrn.v1.AuditEntry.WithheldRule();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.field = value;
                                else
                                    delete message.field;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.ruleId = value;
                                else
                                    delete message.ruleId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for WithheldRule
                 * @function getTypeUrl
                 * @memberof mrn.v1.AuditEntry.WithheldRule
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                WithheldRule.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mrn.v1.AuditEntry.WithheldRule";
                };

                return WithheldRule;
            })();

            AuditEntry.RecordGuard = (function() {

                /**
                 * Properties of a RecordGuard.
                 * @typedef {Object} mrn.v1.AuditEntry.RecordGuard.$Properties
                 * @property {string|null} [recordId] RecordGuard recordId
                 * @property {string|null} [guard] RecordGuard guard
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RecordGuard.
                 * @memberof mrn.v1.AuditEntry
                 * @interface IRecordGuard
                 * @augments mrn.v1.AuditEntry.RecordGuard.$Properties
                 * @deprecated Use mrn.v1.AuditEntry.RecordGuard.$Properties instead.
                 */

                /**
                 * Shape of a RecordGuard.
                 * @typedef {mrn.v1.AuditEntry.RecordGuard.$Properties} mrn.v1.AuditEntry.RecordGuard.$Shape
                 */

                /**
                 * Constructs a new RecordGuard.
                 * @memberof mrn.v1.AuditEntry
                 * @classdesc Represents a RecordGuard.
                 * @constructor
                 * @param {mrn.v1.AuditEntry.RecordGuard.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RecordGuard = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RecordGuard recordId.
                 * @member {string} recordId
                 * @memberof mrn.v1.AuditEntry.RecordGuard
                 * @instance
                 */
                RecordGuard.prototype.recordId = "";

                /**
                 * RecordGuard guard.
                 * @member {string} guard
                 * @memberof mrn.v1.AuditEntry.RecordGuard
                 * @instance
                 */
                RecordGuard.prototype.guard = "";

                /**
                 * Creates a new RecordGuard instance using the specified properties.
                 * @function create
                 * @memberof mrn.v1.AuditEntry.RecordGuard
                 * @static
                 * @param {mrn.v1.AuditEntry.RecordGuard.$Properties=} [properties] Properties to set
                 * @returns {mrn.v1.AuditEntry.RecordGuard} RecordGuard instance
                 * @type {{
                 *   (properties: mrn.v1.AuditEntry.RecordGuard.$Shape): mrn.v1.AuditEntry.RecordGuard & mrn.v1.AuditEntry.RecordGuard.$Shape;
                 *   (properties?: mrn.v1.AuditEntry.RecordGuard.$Properties): mrn.v1.AuditEntry.RecordGuard;
                 * }}
                 */
                RecordGuard.create = function(properties) {
                    return new RecordGuard(properties);
                };

                /**
                 * Encodes the specified RecordGuard message. Does not implicitly {@link mrn.v1.AuditEntry.RecordGuard.verify|verify} messages.
                 * @function encode
                 * @memberof mrn.v1.AuditEntry.RecordGuard
                 * @static
                 * @param {mrn.v1.AuditEntry.RecordGuard.$Properties} message RecordGuard message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RecordGuard.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.recordId != null && $Object.hasOwnProperty.call(message, "recordId") && message.recordId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.recordId);
                    if (message.guard != null && $Object.hasOwnProperty.call(message, "guard") && message.guard !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.guard);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RecordGuard message from the specified reader or buffer.
                 * @function decode
                 * @memberof mrn.v1.AuditEntry.RecordGuard
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mrn.v1.AuditEntry.RecordGuard & mrn.v1.AuditEntry.RecordGuard.$Shape} RecordGuard
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RecordGuard.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mrn.v1.AuditEntry.RecordGuard();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.recordId = value;
                                else
                                    delete message.recordId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.guard = value;
                                else
                                    delete message.guard;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for RecordGuard
                 * @function getTypeUrl
                 * @memberof mrn.v1.AuditEntry.RecordGuard
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                RecordGuard.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mrn.v1.AuditEntry.RecordGuard";
                };

                return RecordGuard;
            })();

            AuditEntry.GuardedCountry = (function() {

                /**
                 * Properties of a GuardedCountry.
                 * @typedef {Object} mrn.v1.AuditEntry.GuardedCountry.$Properties
                 * @property {string|null} [country] GuardedCountry country
                 * @property {string|null} [guard] GuardedCountry guard
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a GuardedCountry.
                 * @memberof mrn.v1.AuditEntry
                 * @interface IGuardedCountry
                 * @augments mrn.v1.AuditEntry.GuardedCountry.$Properties
                 * @deprecated Use mrn.v1.AuditEntry.GuardedCountry.$Properties instead.
                 */

                /**
                 * Shape of a GuardedCountry.
                 * @typedef {mrn.v1.AuditEntry.GuardedCountry.$Properties} mrn.v1.AuditEntry.GuardedCountry.$Shape
                 */

                /**
                 * Constructs a new GuardedCountry.
                 * @memberof mrn.v1.AuditEntry
                 * @classdesc Represents a GuardedCountry.
                 * @constructor
                 * @param {mrn.v1.AuditEntry.GuardedCountry.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const GuardedCountry = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * GuardedCountry country.
                 * @member {string} country
                 * @memberof mrn.v1.AuditEntry.GuardedCountry
                 * @instance
                 */
                GuardedCountry.prototype.country = "";

                /**
                 * GuardedCountry guard.
                 * @member {string} guard
                 * @memberof mrn.v1.AuditEntry.GuardedCountry
                 * @instance
                 */
                GuardedCountry.prototype.guard = "";

                /**
                 * Creates a new GuardedCountry instance using the specified properties.
                 * @function create
                 * @memberof mrn.v1.AuditEntry.GuardedCountry
                 * @static
                 * @param {mrn.v1.AuditEntry.GuardedCountry.$Properties=} [properties] Properties to set
                 * @returns {mrn.v1.AuditEntry.GuardedCountry} GuardedCountry instance
                 * @type {{
                 *   (properties: mrn.v1.AuditEntry.GuardedCountry.$Shape): mrn.v1.AuditEntry.GuardedCountry & mrn.v1.AuditEntry.GuardedCountry.$Shape;
                 *   (properties?: mrn.v1.AuditEntry.GuardedCountry.$Properties): mrn.v1.AuditEntry.GuardedCountry;
                 * }}
                 */
                GuardedCountry.create = function(properties) {
                    return new GuardedCountry(properties);
                };

                /**
                 * Encodes the specified GuardedCountry message. Does not implicitly {@link mrn.v1.AuditEntry.GuardedCountry.verify|verify} messages.
                 * @function encode
                 * @memberof mrn.v1.AuditEntry.GuardedCountry
                 * @static
                 * @param {mrn.v1.AuditEntry.GuardedCountry.$Properties} message GuardedCountry message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                GuardedCountry.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.country);
                    if (message.guard != null && $Object.hasOwnProperty.call(message, "guard") && message.guard !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.guard);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a GuardedCountry message from the specified reader or buffer.
                 * @function decode
                 * @memberof mrn.v1.AuditEntry.GuardedCountry
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mrn.v1.AuditEntry.GuardedCountry & mrn.v1.AuditEntry.GuardedCountry.$Shape} GuardedCountry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                GuardedCountry.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mrn.v1.AuditEntry.GuardedCountry();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.guard = value;
                                else
                                    delete message.guard;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for GuardedCountry
                 * @function getTypeUrl
                 * @memberof mrn.v1.AuditEntry.GuardedCountry
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                GuardedCountry.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mrn.v1.AuditEntry.GuardedCountry";
                };

                return GuardedCountry;
            })();

            AuditEntry.SentRequest = (function() {

                /**
                 * Properties of a SentRequest.
                 * @typedef {Object} mrn.v1.AuditEntry.SentRequest.$Properties
                 * @property {string|null} [country] SentRequest country
                 * @property {string|null} [requestId] SentRequest requestId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SentRequest.
                 * @memberof mrn.v1.AuditEntry
                 * @interface ISentRequest
                 * @augments mrn.v1.AuditEntry.SentRequest.$Properties
                 * @deprecated Use mrn.v1.AuditEntry.SentRequest.$Properties instead.
                 */

                /**
                 * Shape of a SentRequest.
                 * @typedef {mrn.v1.AuditEntry.SentRequest.$Properties} mrn.v1.AuditEntry.SentRequest.$Shape
                 */

                /**
                 * Constructs a new SentRequest.
                 * @memberof mrn.v1.AuditEntry
                 * @classdesc Represents a SentRequest.
                 * @constructor
                 * @param {mrn.v1.AuditEntry.SentRequest.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SentRequest = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SentRequest country.
                 * @member {string} country
                 * @memberof mrn.v1.AuditEntry.SentRequest
                 * @instance
                 */
                SentRequest.prototype.country = "";

                /**
                 * SentRequest requestId.
                 * @member {string} requestId
                 * @memberof mrn.v1.AuditEntry.SentRequest
                 * @instance
                 */
                SentRequest.prototype.requestId = "";

                /**
                 * Creates a new SentRequest instance using the specified properties.
                 * @function create
                 * @memberof mrn.v1.AuditEntry.SentRequest
                 * @static
                 * @param {mrn.v1.AuditEntry.SentRequest.$Properties=} [properties] Properties to set
                 * @returns {mrn.v1.AuditEntry.SentRequest} SentRequest instance
                 * @type {{
                 *   (properties: mrn.v1.AuditEntry.SentRequest.$Shape): mrn.v1.AuditEntry.SentRequest & mrn.v1.AuditEntry.SentRequest.$Shape;
                 *   (properties?: mrn.v1.AuditEntry.SentRequest.$Properties): mrn.v1.AuditEntry.SentRequest;
                 * }}
                 */
                SentRequest.create = function(properties) {
                    return new SentRequest(properties);
                };

                /**
                 * Encodes the specified SentRequest message. Does not implicitly {@link mrn.v1.AuditEntry.SentRequest.verify|verify} messages.
                 * @function encode
                 * @memberof mrn.v1.AuditEntry.SentRequest
                 * @static
                 * @param {mrn.v1.AuditEntry.SentRequest.$Properties} message SentRequest message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SentRequest.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.country);
                    if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.requestId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SentRequest message from the specified reader or buffer.
                 * @function decode
                 * @memberof mrn.v1.AuditEntry.SentRequest
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mrn.v1.AuditEntry.SentRequest & mrn.v1.AuditEntry.SentRequest.$Shape} SentRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SentRequest.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mrn.v1.AuditEntry.SentRequest();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.requestId = value;
                                else
                                    delete message.requestId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for SentRequest
                 * @function getTypeUrl
                 * @memberof mrn.v1.AuditEntry.SentRequest
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                SentRequest.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mrn.v1.AuditEntry.SentRequest";
                };

                return SentRequest;
            })();

            return AuditEntry;
        })();

        v1.LocalDecisions = (function() {

            /**
             * Properties of a LocalDecisions.
             * @typedef {Object} mrn.v1.LocalDecisions.$Properties
             * @property {Array.<string>|null} [ruleIds] LocalDecisions ruleIds
             * @property {Array.<string>|null} [recordIds] LocalDecisions recordIds
             * @property {Array.<mrn.v1.AuditEntry.RecordGuard.$Properties>|null} [guards] LocalDecisions guards
             * @property {Uint8Array|null} [padding] LocalDecisions padding
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LocalDecisions.
             * @memberof mrn.v1
             * @interface ILocalDecisions
             * @augments mrn.v1.LocalDecisions.$Properties
             * @deprecated Use mrn.v1.LocalDecisions.$Properties instead.
             */

            /**
             * Shape of a LocalDecisions.
             * @typedef {mrn.v1.LocalDecisions.$Properties} mrn.v1.LocalDecisions.$Shape
             */

            /**
             * Constructs a new LocalDecisions.
             * @memberof mrn.v1
             * @classdesc Represents a LocalDecisions.
             * @constructor
             * @param {mrn.v1.LocalDecisions.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LocalDecisions = function (properties) {
                this.ruleIds = [];
                this.recordIds = [];
                this.guards = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LocalDecisions ruleIds.
             * @member {Array.<string>} ruleIds
             * @memberof mrn.v1.LocalDecisions
             * @instance
             */
            LocalDecisions.prototype.ruleIds = $util.emptyArray;

            /**
             * LocalDecisions recordIds.
             * @member {Array.<string>} recordIds
             * @memberof mrn.v1.LocalDecisions
             * @instance
             */
            LocalDecisions.prototype.recordIds = $util.emptyArray;

            /**
             * LocalDecisions guards.
             * @member {Array.<mrn.v1.AuditEntry.RecordGuard.$Properties>} guards
             * @memberof mrn.v1.LocalDecisions
             * @instance
             */
            LocalDecisions.prototype.guards = $util.emptyArray;

            /**
             * LocalDecisions padding.
             * @member {Uint8Array} padding
             * @memberof mrn.v1.LocalDecisions
             * @instance
             */
            LocalDecisions.prototype.padding = $util.newBuffer([]);

            /**
             * Creates a new LocalDecisions instance using the specified properties.
             * @function create
             * @memberof mrn.v1.LocalDecisions
             * @static
             * @param {mrn.v1.LocalDecisions.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.LocalDecisions} LocalDecisions instance
             * @type {{
             *   (properties: mrn.v1.LocalDecisions.$Shape): mrn.v1.LocalDecisions & mrn.v1.LocalDecisions.$Shape;
             *   (properties?: mrn.v1.LocalDecisions.$Properties): mrn.v1.LocalDecisions;
             * }}
             */
            LocalDecisions.create = function(properties) {
                return new LocalDecisions(properties);
            };

            /**
             * Encodes the specified LocalDecisions message. Does not implicitly {@link mrn.v1.LocalDecisions.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.LocalDecisions
             * @static
             * @param {mrn.v1.LocalDecisions.$Properties} message LocalDecisions message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocalDecisions.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ruleIds != null && message.ruleIds.length)
                    for (let i = 0; i < message.ruleIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.ruleIds[i]);
                if (message.recordIds != null && message.recordIds.length)
                    for (let i = 0; i < message.recordIds.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.recordIds[i]);
                if (message.guards != null && message.guards.length)
                    for (let i = 0; i < message.guards.length; ++i)
                        $root.mrn.v1.AuditEntry.RecordGuard.encode(message.guards[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.padding != null && $Object.hasOwnProperty.call(message, "padding") && message.padding.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.padding);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LocalDecisions message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.LocalDecisions
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.LocalDecisions & mrn.v1.LocalDecisions.$Shape} LocalDecisions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocalDecisions.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.LocalDecisions();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ruleIds && message.ruleIds.length))
                                message.ruleIds = [];
                            message.ruleIds.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.recordIds && message.recordIds.length))
                                message.recordIds = [];
                            message.recordIds.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.guards && message.guards.length))
                                message.guards = [];
                            message.guards.push($root.mrn.v1.AuditEntry.RecordGuard.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.padding = value;
                            else
                                delete message.padding;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for LocalDecisions
             * @function getTypeUrl
             * @memberof mrn.v1.LocalDecisions
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LocalDecisions.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.LocalDecisions";
            };

            return LocalDecisions;
        })();

        v1.MembershipDocument = (function() {

            /**
             * Properties of a MembershipDocument.
             * @typedef {Object} mrn.v1.MembershipDocument.$Properties
             * @property {string|null} [federation] MembershipDocument federation
             * @property {number|null} [version] MembershipDocument version
             * @property {number|Long|null} [issuedAtMs] MembershipDocument issuedAtMs
             * @property {Array.<mrn.v1.MembershipDocument.Member.$Properties>|null} [members] MembershipDocument members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MembershipDocument.
             * @memberof mrn.v1
             * @interface IMembershipDocument
             * @augments mrn.v1.MembershipDocument.$Properties
             * @deprecated Use mrn.v1.MembershipDocument.$Properties instead.
             */

            /**
             * Shape of a MembershipDocument.
             * @typedef {mrn.v1.MembershipDocument.$Properties} mrn.v1.MembershipDocument.$Shape
             */

            /**
             * Constructs a new MembershipDocument.
             * @memberof mrn.v1
             * @classdesc Represents a MembershipDocument.
             * @constructor
             * @param {mrn.v1.MembershipDocument.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MembershipDocument = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MembershipDocument federation.
             * @member {string} federation
             * @memberof mrn.v1.MembershipDocument
             * @instance
             */
            MembershipDocument.prototype.federation = "";

            /**
             * MembershipDocument version.
             * @member {number} version
             * @memberof mrn.v1.MembershipDocument
             * @instance
             */
            MembershipDocument.prototype.version = 0;

            /**
             * MembershipDocument issuedAtMs.
             * @member {number|Long} issuedAtMs
             * @memberof mrn.v1.MembershipDocument
             * @instance
             */
            MembershipDocument.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MembershipDocument members.
             * @member {Array.<mrn.v1.MembershipDocument.Member.$Properties>} members
             * @memberof mrn.v1.MembershipDocument
             * @instance
             */
            MembershipDocument.prototype.members = $util.emptyArray;

            /**
             * Creates a new MembershipDocument instance using the specified properties.
             * @function create
             * @memberof mrn.v1.MembershipDocument
             * @static
             * @param {mrn.v1.MembershipDocument.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.MembershipDocument} MembershipDocument instance
             * @type {{
             *   (properties: mrn.v1.MembershipDocument.$Shape): mrn.v1.MembershipDocument & mrn.v1.MembershipDocument.$Shape;
             *   (properties?: mrn.v1.MembershipDocument.$Properties): mrn.v1.MembershipDocument;
             * }}
             */
            MembershipDocument.create = function(properties) {
                return new MembershipDocument(properties);
            };

            /**
             * Encodes the specified MembershipDocument message. Does not implicitly {@link mrn.v1.MembershipDocument.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.MembershipDocument
             * @static
             * @param {mrn.v1.MembershipDocument.$Properties} message MembershipDocument message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembershipDocument.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.federation != null && $Object.hasOwnProperty.call(message, "federation") && message.federation !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.federation);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.version);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.issuedAtMs);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.mrn.v1.MembershipDocument.Member.encode(message.members[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MembershipDocument message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.MembershipDocument
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.MembershipDocument & mrn.v1.MembershipDocument.$Shape} MembershipDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembershipDocument.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.MembershipDocument();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.federation = value;
                            else
                                delete message.federation;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.mrn.v1.MembershipDocument.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MembershipDocument
             * @function getTypeUrl
             * @memberof mrn.v1.MembershipDocument
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MembershipDocument.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.MembershipDocument";
            };

            MembershipDocument.PreviousKey = (function() {

                /**
                 * Properties of a PreviousKey.
                 * @typedef {Object} mrn.v1.MembershipDocument.PreviousKey.$Properties
                 * @property {string|null} [peerId] PreviousKey peerId
                 * @property {number|Long|null} [replacedAtMs] PreviousKey replacedAtMs
                 * @property {number|Long|null} [acceptedUntilMs] PreviousKey acceptedUntilMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PreviousKey.
                 * @memberof mrn.v1.MembershipDocument
                 * @interface IPreviousKey
                 * @augments mrn.v1.MembershipDocument.PreviousKey.$Properties
                 * @deprecated Use mrn.v1.MembershipDocument.PreviousKey.$Properties instead.
                 */

                /**
                 * Shape of a PreviousKey.
                 * @typedef {mrn.v1.MembershipDocument.PreviousKey.$Properties} mrn.v1.MembershipDocument.PreviousKey.$Shape
                 */

                /**
                 * Constructs a new PreviousKey.
                 * @memberof mrn.v1.MembershipDocument
                 * @classdesc Represents a PreviousKey.
                 * @constructor
                 * @param {mrn.v1.MembershipDocument.PreviousKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PreviousKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PreviousKey peerId.
                 * @member {string} peerId
                 * @memberof mrn.v1.MembershipDocument.PreviousKey
                 * @instance
                 */
                PreviousKey.prototype.peerId = "";

                /**
                 * PreviousKey replacedAtMs.
                 * @member {number|Long} replacedAtMs
                 * @memberof mrn.v1.MembershipDocument.PreviousKey
                 * @instance
                 */
                PreviousKey.prototype.replacedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * PreviousKey acceptedUntilMs.
                 * @member {number|Long} acceptedUntilMs
                 * @memberof mrn.v1.MembershipDocument.PreviousKey
                 * @instance
                 */
                PreviousKey.prototype.acceptedUntilMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Creates a new PreviousKey instance using the specified properties.
                 * @function create
                 * @memberof mrn.v1.MembershipDocument.PreviousKey
                 * @static
                 * @param {mrn.v1.MembershipDocument.PreviousKey.$Properties=} [properties] Properties to set
                 * @returns {mrn.v1.MembershipDocument.PreviousKey} PreviousKey instance
                 * @type {{
                 *   (properties: mrn.v1.MembershipDocument.PreviousKey.$Shape): mrn.v1.MembershipDocument.PreviousKey & mrn.v1.MembershipDocument.PreviousKey.$Shape;
                 *   (properties?: mrn.v1.MembershipDocument.PreviousKey.$Properties): mrn.v1.MembershipDocument.PreviousKey;
                 * }}
                 */
                PreviousKey.create = function(properties) {
                    return new PreviousKey(properties);
                };

                /**
                 * Encodes the specified PreviousKey message. Does not implicitly {@link mrn.v1.MembershipDocument.PreviousKey.verify|verify} messages.
                 * @function encode
                 * @memberof mrn.v1.MembershipDocument.PreviousKey
                 * @static
                 * @param {mrn.v1.MembershipDocument.PreviousKey.$Properties} message PreviousKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PreviousKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.peerId);
                    if (message.replacedAtMs != null && $Object.hasOwnProperty.call(message, "replacedAtMs") && (typeof message.replacedAtMs === "object" ? message.replacedAtMs.low || message.replacedAtMs.high : message.replacedAtMs !== 0))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.replacedAtMs);
                    if (message.acceptedUntilMs != null && $Object.hasOwnProperty.call(message, "acceptedUntilMs") && (typeof message.acceptedUntilMs === "object" ? message.acceptedUntilMs.low || message.acceptedUntilMs.high : message.acceptedUntilMs !== 0))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.acceptedUntilMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PreviousKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof mrn.v1.MembershipDocument.PreviousKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mrn.v1.MembershipDocument.PreviousKey & mrn.v1.MembershipDocument.PreviousKey.$Shape} PreviousKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PreviousKey.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mrn.v1.MembershipDocument.PreviousKey();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.peerId = value;
                                else
                                    delete message.peerId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.replacedAtMs = value;
                                else
                                    delete message.replacedAtMs;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.acceptedUntilMs = value;
                                else
                                    delete message.acceptedUntilMs;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for PreviousKey
                 * @function getTypeUrl
                 * @memberof mrn.v1.MembershipDocument.PreviousKey
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                PreviousKey.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mrn.v1.MembershipDocument.PreviousKey";
                };

                return PreviousKey;
            })();

            MembershipDocument.Member = (function() {

                /**
                 * Properties of a Member.
                 * @typedef {Object} mrn.v1.MembershipDocument.Member.$Properties
                 * @property {string|null} [country] Member country
                 * @property {string|null} [peerId] Member peerId
                 * @property {Array.<string>|null} [addresses] Member addresses
                 * @property {Array.<string>|null} [groups] Member groups
                 * @property {number|Long|null} [validUntilMs] Member validUntilMs
                 * @property {Array.<mrn.v1.MembershipDocument.PreviousKey.$Properties>|null} [previousKeys] Member previousKeys
                 * @property {string|null} [logPeerId] Member logPeerId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Member.
                 * @memberof mrn.v1.MembershipDocument
                 * @interface IMember
                 * @augments mrn.v1.MembershipDocument.Member.$Properties
                 * @deprecated Use mrn.v1.MembershipDocument.Member.$Properties instead.
                 */

                /**
                 * Shape of a Member.
                 * @typedef {mrn.v1.MembershipDocument.Member.$Properties} mrn.v1.MembershipDocument.Member.$Shape
                 */

                /**
                 * Constructs a new Member.
                 * @memberof mrn.v1.MembershipDocument
                 * @classdesc Represents a Member.
                 * @constructor
                 * @param {mrn.v1.MembershipDocument.Member.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Member = function (properties) {
                    this.addresses = [];
                    this.groups = [];
                    this.previousKeys = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Member country.
                 * @member {string} country
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @instance
                 */
                Member.prototype.country = "";

                /**
                 * Member peerId.
                 * @member {string} peerId
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @instance
                 */
                Member.prototype.peerId = "";

                /**
                 * Member addresses.
                 * @member {Array.<string>} addresses
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @instance
                 */
                Member.prototype.addresses = $util.emptyArray;

                /**
                 * Member groups.
                 * @member {Array.<string>} groups
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @instance
                 */
                Member.prototype.groups = $util.emptyArray;

                /**
                 * Member validUntilMs.
                 * @member {number|Long} validUntilMs
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @instance
                 */
                Member.prototype.validUntilMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Member previousKeys.
                 * @member {Array.<mrn.v1.MembershipDocument.PreviousKey.$Properties>} previousKeys
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @instance
                 */
                Member.prototype.previousKeys = $util.emptyArray;

                /**
                 * Member logPeerId.
                 * @member {string} logPeerId
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @instance
                 */
                Member.prototype.logPeerId = "";

                /**
                 * Creates a new Member instance using the specified properties.
                 * @function create
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @static
                 * @param {mrn.v1.MembershipDocument.Member.$Properties=} [properties] Properties to set
                 * @returns {mrn.v1.MembershipDocument.Member} Member instance
                 * @type {{
                 *   (properties: mrn.v1.MembershipDocument.Member.$Shape): mrn.v1.MembershipDocument.Member & mrn.v1.MembershipDocument.Member.$Shape;
                 *   (properties?: mrn.v1.MembershipDocument.Member.$Properties): mrn.v1.MembershipDocument.Member;
                 * }}
                 */
                Member.create = function(properties) {
                    return new Member(properties);
                };

                /**
                 * Encodes the specified Member message. Does not implicitly {@link mrn.v1.MembershipDocument.Member.verify|verify} messages.
                 * @function encode
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @static
                 * @param {mrn.v1.MembershipDocument.Member.$Properties} message Member message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Member.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.country);
                    if (message.peerId != null && $Object.hasOwnProperty.call(message, "peerId") && message.peerId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.peerId);
                    if (message.addresses != null && message.addresses.length)
                        for (let i = 0; i < message.addresses.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.addresses[i]);
                    if (message.groups != null && message.groups.length)
                        for (let i = 0; i < message.groups.length; ++i)
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.groups[i]);
                    if (message.validUntilMs != null && $Object.hasOwnProperty.call(message, "validUntilMs") && (typeof message.validUntilMs === "object" ? message.validUntilMs.low || message.validUntilMs.high : message.validUntilMs !== 0))
                        writer.uint32(/* id 5, wireType 0 =*/40).int64(message.validUntilMs);
                    if (message.previousKeys != null && message.previousKeys.length)
                        for (let i = 0; i < message.previousKeys.length; ++i)
                            $root.mrn.v1.MembershipDocument.PreviousKey.encode(message.previousKeys[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.logPeerId != null && $Object.hasOwnProperty.call(message, "logPeerId") && message.logPeerId !== "")
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.logPeerId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @function decode
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {mrn.v1.MembershipDocument.Member & mrn.v1.MembershipDocument.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Member.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.mrn.v1.MembershipDocument.Member();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.country = value;
                                else
                                    delete message.country;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.peerId = value;
                                else
                                    delete message.peerId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.addresses && message.addresses.length))
                                    message.addresses = [];
                                message.addresses.push(reader.stringVerify());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.groups && message.groups.length))
                                    message.groups = [];
                                message.groups.push(reader.stringVerify());
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                    message.validUntilMs = value;
                                else
                                    delete message.validUntilMs;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.previousKeys && message.previousKeys.length))
                                    message.previousKeys = [];
                                message.previousKeys.push($root.mrn.v1.MembershipDocument.PreviousKey.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.logPeerId = value;
                                else
                                    delete message.logPeerId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                /**
                 * Gets the type url for Member
                 * @function getTypeUrl
                 * @memberof mrn.v1.MembershipDocument.Member
                 * @static
                 * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns {string} The type url
                 */
                Member.getTypeUrl = function(prefix) {
                    if (prefix === $undefined)
                        prefix = "type.googleapis.com";
                    return prefix + "/mrn.v1.MembershipDocument.Member";
                };

                return Member;
            })();

            return MembershipDocument;
        })();

        v1.SignedMembership = (function() {

            /**
             * Properties of a SignedMembership.
             * @typedef {Object} mrn.v1.SignedMembership.$Properties
             * @property {Uint8Array|null} [document] SignedMembership document
             * @property {Uint8Array|null} [signature] SignedMembership signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedMembership.
             * @memberof mrn.v1
             * @interface ISignedMembership
             * @augments mrn.v1.SignedMembership.$Properties
             * @deprecated Use mrn.v1.SignedMembership.$Properties instead.
             */

            /**
             * Shape of a SignedMembership.
             * @typedef {mrn.v1.SignedMembership.$Properties} mrn.v1.SignedMembership.$Shape
             */

            /**
             * Constructs a new SignedMembership.
             * @memberof mrn.v1
             * @classdesc Represents a SignedMembership.
             * @constructor
             * @param {mrn.v1.SignedMembership.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedMembership = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedMembership document.
             * @member {Uint8Array} document
             * @memberof mrn.v1.SignedMembership
             * @instance
             */
            SignedMembership.prototype.document = $util.newBuffer([]);

            /**
             * SignedMembership signature.
             * @member {Uint8Array} signature
             * @memberof mrn.v1.SignedMembership
             * @instance
             */
            SignedMembership.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedMembership instance using the specified properties.
             * @function create
             * @memberof mrn.v1.SignedMembership
             * @static
             * @param {mrn.v1.SignedMembership.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.SignedMembership} SignedMembership instance
             * @type {{
             *   (properties: mrn.v1.SignedMembership.$Shape): mrn.v1.SignedMembership & mrn.v1.SignedMembership.$Shape;
             *   (properties?: mrn.v1.SignedMembership.$Properties): mrn.v1.SignedMembership;
             * }}
             */
            SignedMembership.create = function(properties) {
                return new SignedMembership(properties);
            };

            /**
             * Encodes the specified SignedMembership message. Does not implicitly {@link mrn.v1.SignedMembership.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.SignedMembership
             * @static
             * @param {mrn.v1.SignedMembership.$Properties} message SignedMembership message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedMembership.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.document != null && $Object.hasOwnProperty.call(message, "document") && message.document.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.document);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedMembership message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.SignedMembership
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.SignedMembership & mrn.v1.SignedMembership.$Shape} SignedMembership
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedMembership.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.SignedMembership();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.document = value;
                            else
                                delete message.document;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SignedMembership
             * @function getTypeUrl
             * @memberof mrn.v1.SignedMembership
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedMembership.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.SignedMembership";
            };

            return SignedMembership;
        })();

        v1.MembershipRequest = (function() {

            /**
             * Properties of a MembershipRequest.
             * @typedef {Object} mrn.v1.MembershipRequest.$Properties
             * @property {number|null} [haveVersion] MembershipRequest haveVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MembershipRequest.
             * @memberof mrn.v1
             * @interface IMembershipRequest
             * @augments mrn.v1.MembershipRequest.$Properties
             * @deprecated Use mrn.v1.MembershipRequest.$Properties instead.
             */

            /**
             * Shape of a MembershipRequest.
             * @typedef {mrn.v1.MembershipRequest.$Properties} mrn.v1.MembershipRequest.$Shape
             */

            /**
             * Constructs a new MembershipRequest.
             * @memberof mrn.v1
             * @classdesc Represents a MembershipRequest.
             * @constructor
             * @param {mrn.v1.MembershipRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MembershipRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MembershipRequest haveVersion.
             * @member {number} haveVersion
             * @memberof mrn.v1.MembershipRequest
             * @instance
             */
            MembershipRequest.prototype.haveVersion = 0;

            /**
             * Creates a new MembershipRequest instance using the specified properties.
             * @function create
             * @memberof mrn.v1.MembershipRequest
             * @static
             * @param {mrn.v1.MembershipRequest.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.MembershipRequest} MembershipRequest instance
             * @type {{
             *   (properties: mrn.v1.MembershipRequest.$Shape): mrn.v1.MembershipRequest & mrn.v1.MembershipRequest.$Shape;
             *   (properties?: mrn.v1.MembershipRequest.$Properties): mrn.v1.MembershipRequest;
             * }}
             */
            MembershipRequest.create = function(properties) {
                return new MembershipRequest(properties);
            };

            /**
             * Encodes the specified MembershipRequest message. Does not implicitly {@link mrn.v1.MembershipRequest.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.MembershipRequest
             * @static
             * @param {mrn.v1.MembershipRequest.$Properties} message MembershipRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembershipRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.haveVersion != null && $Object.hasOwnProperty.call(message, "haveVersion") && message.haveVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.haveVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MembershipRequest message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.MembershipRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.MembershipRequest & mrn.v1.MembershipRequest.$Shape} MembershipRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembershipRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.MembershipRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.haveVersion = value;
                            else
                                delete message.haveVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MembershipRequest
             * @function getTypeUrl
             * @memberof mrn.v1.MembershipRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MembershipRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.MembershipRequest";
            };

            return MembershipRequest;
        })();

        v1.MembershipResponse = (function() {

            /**
             * Properties of a MembershipResponse.
             * @typedef {Object} mrn.v1.MembershipResponse.$Properties
             * @property {Uint8Array|null} [signedMembership] MembershipResponse signedMembership
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MembershipResponse.
             * @memberof mrn.v1
             * @interface IMembershipResponse
             * @augments mrn.v1.MembershipResponse.$Properties
             * @deprecated Use mrn.v1.MembershipResponse.$Properties instead.
             */

            /**
             * Shape of a MembershipResponse.
             * @typedef {mrn.v1.MembershipResponse.$Properties} mrn.v1.MembershipResponse.$Shape
             */

            /**
             * Constructs a new MembershipResponse.
             * @memberof mrn.v1
             * @classdesc Represents a MembershipResponse.
             * @constructor
             * @param {mrn.v1.MembershipResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MembershipResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MembershipResponse signedMembership.
             * @member {Uint8Array} signedMembership
             * @memberof mrn.v1.MembershipResponse
             * @instance
             */
            MembershipResponse.prototype.signedMembership = $util.newBuffer([]);

            /**
             * Creates a new MembershipResponse instance using the specified properties.
             * @function create
             * @memberof mrn.v1.MembershipResponse
             * @static
             * @param {mrn.v1.MembershipResponse.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.MembershipResponse} MembershipResponse instance
             * @type {{
             *   (properties: mrn.v1.MembershipResponse.$Shape): mrn.v1.MembershipResponse & mrn.v1.MembershipResponse.$Shape;
             *   (properties?: mrn.v1.MembershipResponse.$Properties): mrn.v1.MembershipResponse;
             * }}
             */
            MembershipResponse.create = function(properties) {
                return new MembershipResponse(properties);
            };

            /**
             * Encodes the specified MembershipResponse message. Does not implicitly {@link mrn.v1.MembershipResponse.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.MembershipResponse
             * @static
             * @param {mrn.v1.MembershipResponse.$Properties} message MembershipResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembershipResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signedMembership != null && $Object.hasOwnProperty.call(message, "signedMembership") && message.signedMembership.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.signedMembership);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MembershipResponse message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.MembershipResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.MembershipResponse & mrn.v1.MembershipResponse.$Shape} MembershipResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembershipResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.MembershipResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signedMembership = value;
                            else
                                delete message.signedMembership;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for MembershipResponse
             * @function getTypeUrl
             * @memberof mrn.v1.MembershipResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MembershipResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.MembershipResponse";
            };

            return MembershipResponse;
        })();

        v1.KeyRotation = (function() {

            /**
             * Properties of a KeyRotation.
             * @typedef {Object} mrn.v1.KeyRotation.$Properties
             * @property {string|null} [country] KeyRotation country
             * @property {string|null} [logPeerId] KeyRotation logPeerId
             * @property {string|null} [oldPeerId] KeyRotation oldPeerId
             * @property {string|null} [newPeerId] KeyRotation newPeerId
             * @property {number|Long|null} [issuedAtMs] KeyRotation issuedAtMs
             * @property {number|Long|null} [acceptedUntilMs] KeyRotation acceptedUntilMs
             * @property {Array.<string>|null} [addresses] KeyRotation addresses
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeyRotation.
             * @memberof mrn.v1
             * @interface IKeyRotation
             * @augments mrn.v1.KeyRotation.$Properties
             * @deprecated Use mrn.v1.KeyRotation.$Properties instead.
             */

            /**
             * Shape of a KeyRotation.
             * @typedef {mrn.v1.KeyRotation.$Properties} mrn.v1.KeyRotation.$Shape
             */

            /**
             * Constructs a new KeyRotation.
             * @memberof mrn.v1
             * @classdesc Represents a KeyRotation.
             * @constructor
             * @param {mrn.v1.KeyRotation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KeyRotation = function (properties) {
                this.addresses = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KeyRotation country.
             * @member {string} country
             * @memberof mrn.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.country = "";

            /**
             * KeyRotation logPeerId.
             * @member {string} logPeerId
             * @memberof mrn.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.logPeerId = "";

            /**
             * KeyRotation oldPeerId.
             * @member {string} oldPeerId
             * @memberof mrn.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.oldPeerId = "";

            /**
             * KeyRotation newPeerId.
             * @member {string} newPeerId
             * @memberof mrn.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.newPeerId = "";

            /**
             * KeyRotation issuedAtMs.
             * @member {number|Long} issuedAtMs
             * @memberof mrn.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * KeyRotation acceptedUntilMs.
             * @member {number|Long} acceptedUntilMs
             * @memberof mrn.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.acceptedUntilMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * KeyRotation addresses.
             * @member {Array.<string>} addresses
             * @memberof mrn.v1.KeyRotation
             * @instance
             */
            KeyRotation.prototype.addresses = $util.emptyArray;

            /**
             * Creates a new KeyRotation instance using the specified properties.
             * @function create
             * @memberof mrn.v1.KeyRotation
             * @static
             * @param {mrn.v1.KeyRotation.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.KeyRotation} KeyRotation instance
             * @type {{
             *   (properties: mrn.v1.KeyRotation.$Shape): mrn.v1.KeyRotation & mrn.v1.KeyRotation.$Shape;
             *   (properties?: mrn.v1.KeyRotation.$Properties): mrn.v1.KeyRotation;
             * }}
             */
            KeyRotation.create = function(properties) {
                return new KeyRotation(properties);
            };

            /**
             * Encodes the specified KeyRotation message. Does not implicitly {@link mrn.v1.KeyRotation.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.KeyRotation
             * @static
             * @param {mrn.v1.KeyRotation.$Properties} message KeyRotation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeyRotation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.country != null && $Object.hasOwnProperty.call(message, "country") && message.country !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.country);
                if (message.logPeerId != null && $Object.hasOwnProperty.call(message, "logPeerId") && message.logPeerId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.logPeerId);
                if (message.oldPeerId != null && $Object.hasOwnProperty.call(message, "oldPeerId") && message.oldPeerId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.oldPeerId);
                if (message.newPeerId != null && $Object.hasOwnProperty.call(message, "newPeerId") && message.newPeerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.newPeerId);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.issuedAtMs);
                if (message.acceptedUntilMs != null && $Object.hasOwnProperty.call(message, "acceptedUntilMs") && (typeof message.acceptedUntilMs === "object" ? message.acceptedUntilMs.low || message.acceptedUntilMs.high : message.acceptedUntilMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.acceptedUntilMs);
                if (message.addresses != null && message.addresses.length)
                    for (let i = 0; i < message.addresses.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.addresses[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KeyRotation message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.KeyRotation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.KeyRotation & mrn.v1.KeyRotation.$Shape} KeyRotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeyRotation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.KeyRotation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.country = value;
                            else
                                delete message.country;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.logPeerId = value;
                            else
                                delete message.logPeerId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.oldPeerId = value;
                            else
                                delete message.oldPeerId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.newPeerId = value;
                            else
                                delete message.newPeerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.acceptedUntilMs = value;
                            else
                                delete message.acceptedUntilMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.addresses && message.addresses.length))
                                message.addresses = [];
                            message.addresses.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for KeyRotation
             * @function getTypeUrl
             * @memberof mrn.v1.KeyRotation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeyRotation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.KeyRotation";
            };

            return KeyRotation;
        })();

        v1.SignedKeyRotation = (function() {

            /**
             * Properties of a SignedKeyRotation.
             * @typedef {Object} mrn.v1.SignedKeyRotation.$Properties
             * @property {Uint8Array|null} [statement] SignedKeyRotation statement
             * @property {Uint8Array|null} [oldKeySignature] SignedKeyRotation oldKeySignature
             * @property {Uint8Array|null} [newKeySignature] SignedKeyRotation newKeySignature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedKeyRotation.
             * @memberof mrn.v1
             * @interface ISignedKeyRotation
             * @augments mrn.v1.SignedKeyRotation.$Properties
             * @deprecated Use mrn.v1.SignedKeyRotation.$Properties instead.
             */

            /**
             * Shape of a SignedKeyRotation.
             * @typedef {mrn.v1.SignedKeyRotation.$Properties} mrn.v1.SignedKeyRotation.$Shape
             */

            /**
             * Constructs a new SignedKeyRotation.
             * @memberof mrn.v1
             * @classdesc Represents a SignedKeyRotation.
             * @constructor
             * @param {mrn.v1.SignedKeyRotation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedKeyRotation = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedKeyRotation statement.
             * @member {Uint8Array} statement
             * @memberof mrn.v1.SignedKeyRotation
             * @instance
             */
            SignedKeyRotation.prototype.statement = $util.newBuffer([]);

            /**
             * SignedKeyRotation oldKeySignature.
             * @member {Uint8Array} oldKeySignature
             * @memberof mrn.v1.SignedKeyRotation
             * @instance
             */
            SignedKeyRotation.prototype.oldKeySignature = $util.newBuffer([]);

            /**
             * SignedKeyRotation newKeySignature.
             * @member {Uint8Array} newKeySignature
             * @memberof mrn.v1.SignedKeyRotation
             * @instance
             */
            SignedKeyRotation.prototype.newKeySignature = $util.newBuffer([]);

            /**
             * Creates a new SignedKeyRotation instance using the specified properties.
             * @function create
             * @memberof mrn.v1.SignedKeyRotation
             * @static
             * @param {mrn.v1.SignedKeyRotation.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.SignedKeyRotation} SignedKeyRotation instance
             * @type {{
             *   (properties: mrn.v1.SignedKeyRotation.$Shape): mrn.v1.SignedKeyRotation & mrn.v1.SignedKeyRotation.$Shape;
             *   (properties?: mrn.v1.SignedKeyRotation.$Properties): mrn.v1.SignedKeyRotation;
             * }}
             */
            SignedKeyRotation.create = function(properties) {
                return new SignedKeyRotation(properties);
            };

            /**
             * Encodes the specified SignedKeyRotation message. Does not implicitly {@link mrn.v1.SignedKeyRotation.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.SignedKeyRotation
             * @static
             * @param {mrn.v1.SignedKeyRotation.$Properties} message SignedKeyRotation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedKeyRotation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.statement != null && $Object.hasOwnProperty.call(message, "statement") && message.statement.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.statement);
                if (message.oldKeySignature != null && $Object.hasOwnProperty.call(message, "oldKeySignature") && message.oldKeySignature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.oldKeySignature);
                if (message.newKeySignature != null && $Object.hasOwnProperty.call(message, "newKeySignature") && message.newKeySignature.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.newKeySignature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedKeyRotation message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.SignedKeyRotation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.SignedKeyRotation & mrn.v1.SignedKeyRotation.$Shape} SignedKeyRotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedKeyRotation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.SignedKeyRotation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.statement = value;
                            else
                                delete message.statement;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.oldKeySignature = value;
                            else
                                delete message.oldKeySignature;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.newKeySignature = value;
                            else
                                delete message.newKeySignature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SignedKeyRotation
             * @function getTypeUrl
             * @memberof mrn.v1.SignedKeyRotation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedKeyRotation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.SignedKeyRotation";
            };

            return SignedKeyRotation;
        })();

        v1.SignedEnvelope = (function() {

            /**
             * Properties of a SignedEnvelope.
             * @typedef {Object} mrn.v1.SignedEnvelope.$Properties
             * @property {Uint8Array|null} [body] SignedEnvelope body
             * @property {Uint8Array|null} [signature] SignedEnvelope signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedEnvelope.
             * @memberof mrn.v1
             * @interface ISignedEnvelope
             * @augments mrn.v1.SignedEnvelope.$Properties
             * @deprecated Use mrn.v1.SignedEnvelope.$Properties instead.
             */

            /**
             * Shape of a SignedEnvelope.
             * @typedef {mrn.v1.SignedEnvelope.$Properties} mrn.v1.SignedEnvelope.$Shape
             */

            /**
             * Constructs a new SignedEnvelope.
             * @memberof mrn.v1
             * @classdesc Represents a SignedEnvelope.
             * @constructor
             * @param {mrn.v1.SignedEnvelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedEnvelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedEnvelope body.
             * @member {Uint8Array} body
             * @memberof mrn.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.body = $util.newBuffer([]);

            /**
             * SignedEnvelope signature.
             * @member {Uint8Array} signature
             * @memberof mrn.v1.SignedEnvelope
             * @instance
             */
            SignedEnvelope.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedEnvelope instance using the specified properties.
             * @function create
             * @memberof mrn.v1.SignedEnvelope
             * @static
             * @param {mrn.v1.SignedEnvelope.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.SignedEnvelope} SignedEnvelope instance
             * @type {{
             *   (properties: mrn.v1.SignedEnvelope.$Shape): mrn.v1.SignedEnvelope & mrn.v1.SignedEnvelope.$Shape;
             *   (properties?: mrn.v1.SignedEnvelope.$Properties): mrn.v1.SignedEnvelope;
             * }}
             */
            SignedEnvelope.create = function(properties) {
                return new SignedEnvelope(properties);
            };

            /**
             * Encodes the specified SignedEnvelope message. Does not implicitly {@link mrn.v1.SignedEnvelope.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.SignedEnvelope
             * @static
             * @param {mrn.v1.SignedEnvelope.$Properties} message SignedEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedEnvelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedEnvelope message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.SignedEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.SignedEnvelope & mrn.v1.SignedEnvelope.$Shape} SignedEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedEnvelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.SignedEnvelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SignedEnvelope
             * @function getTypeUrl
             * @memberof mrn.v1.SignedEnvelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedEnvelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.SignedEnvelope";
            };

            return SignedEnvelope;
        })();

        /**
         * Purpose enum.
         * @name mrn.v1.Purpose
         * @enum {number}
         * @property {number} PURPOSE_UNSPECIFIED=0 PURPOSE_UNSPECIFIED value
         * @property {number} ASYLUM_RESPONSIBILITY=1 ASYLUM_RESPONSIBILITY value
         * @property {number} FAMILY_REUNIFICATION=2 FAMILY_REUNIFICATION value
         * @property {number} RETURN_READMISSION=3 RETURN_READMISSION value
         * @property {number} BORDER_CHECK=4 BORDER_CHECK value
         * @property {number} PROTECTION_VERIFICATION=5 PROTECTION_VERIFICATION value
         * @property {number} STATISTICS=6 STATISTICS value
         */
        v1.Purpose = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PURPOSE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ASYLUM_RESPONSIBILITY"] = 1;
            values[valuesById[2] = "FAMILY_REUNIFICATION"] = 2;
            values[valuesById[3] = "RETURN_READMISSION"] = 3;
            values[valuesById[4] = "BORDER_CHECK"] = 4;
            values[valuesById[5] = "PROTECTION_VERIFICATION"] = 5;
            values[valuesById[6] = "STATISTICS"] = 6;
            return values;
        })();

        v1.PartialDate = (function() {

            /**
             * Properties of a PartialDate.
             * @typedef {Object} mrn.v1.PartialDate.$Properties
             * @property {number|null} [year] PartialDate year
             * @property {number|null} [month] PartialDate month
             * @property {number|null} [day] PartialDate day
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PartialDate.
             * @memberof mrn.v1
             * @interface IPartialDate
             * @augments mrn.v1.PartialDate.$Properties
             * @deprecated Use mrn.v1.PartialDate.$Properties instead.
             */

            /**
             * Shape of a PartialDate.
             * @typedef {mrn.v1.PartialDate.$Properties} mrn.v1.PartialDate.$Shape
             */

            /**
             * Constructs a new PartialDate.
             * @memberof mrn.v1
             * @classdesc Represents a PartialDate.
             * @constructor
             * @param {mrn.v1.PartialDate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PartialDate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PartialDate year.
             * @member {number} year
             * @memberof mrn.v1.PartialDate
             * @instance
             */
            PartialDate.prototype.year = 0;

            /**
             * PartialDate month.
             * @member {number} month
             * @memberof mrn.v1.PartialDate
             * @instance
             */
            PartialDate.prototype.month = 0;

            /**
             * PartialDate day.
             * @member {number} day
             * @memberof mrn.v1.PartialDate
             * @instance
             */
            PartialDate.prototype.day = 0;

            /**
             * Creates a new PartialDate instance using the specified properties.
             * @function create
             * @memberof mrn.v1.PartialDate
             * @static
             * @param {mrn.v1.PartialDate.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.PartialDate} PartialDate instance
             * @type {{
             *   (properties: mrn.v1.PartialDate.$Shape): mrn.v1.PartialDate & mrn.v1.PartialDate.$Shape;
             *   (properties?: mrn.v1.PartialDate.$Properties): mrn.v1.PartialDate;
             * }}
             */
            PartialDate.create = function(properties) {
                return new PartialDate(properties);
            };

            /**
             * Encodes the specified PartialDate message. Does not implicitly {@link mrn.v1.PartialDate.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.PartialDate
             * @static
             * @param {mrn.v1.PartialDate.$Properties} message PartialDate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PartialDate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.year != null && $Object.hasOwnProperty.call(message, "year") && message.year !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.year);
                if (message.month != null && $Object.hasOwnProperty.call(message, "month") && message.month !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.month);
                if (message.day != null && $Object.hasOwnProperty.call(message, "day") && message.day !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.day);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PartialDate message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.PartialDate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.PartialDate & mrn.v1.PartialDate.$Shape} PartialDate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PartialDate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.PartialDate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.year = value;
                            else
                                delete message.year;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.month = value;
                            else
                                delete message.month;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.day = value;
                            else
                                delete message.day;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PartialDate
             * @function getTypeUrl
             * @memberof mrn.v1.PartialDate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PartialDate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.PartialDate";
            };

            return PartialDate;
        })();

        v1.PersonName = (function() {

            /**
             * Properties of a PersonName.
             * @typedef {Object} mrn.v1.PersonName.$Properties
             * @property {string|null} [given] PersonName given
             * @property {string|null} [family] PersonName family
             * @property {string|null} [script] PersonName script
             * @property {boolean|null} [transliterated] PersonName transliterated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PersonName.
             * @memberof mrn.v1
             * @interface IPersonName
             * @augments mrn.v1.PersonName.$Properties
             * @deprecated Use mrn.v1.PersonName.$Properties instead.
             */

            /**
             * Shape of a PersonName.
             * @typedef {mrn.v1.PersonName.$Properties} mrn.v1.PersonName.$Shape
             */

            /**
             * Constructs a new PersonName.
             * @memberof mrn.v1
             * @classdesc Represents a PersonName.
             * @constructor
             * @param {mrn.v1.PersonName.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PersonName = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PersonName given.
             * @member {string} given
             * @memberof mrn.v1.PersonName
             * @instance
             */
            PersonName.prototype.given = "";

            /**
             * PersonName family.
             * @member {string} family
             * @memberof mrn.v1.PersonName
             * @instance
             */
            PersonName.prototype.family = "";

            /**
             * PersonName script.
             * @member {string} script
             * @memberof mrn.v1.PersonName
             * @instance
             */
            PersonName.prototype.script = "";

            /**
             * PersonName transliterated.
             * @member {boolean} transliterated
             * @memberof mrn.v1.PersonName
             * @instance
             */
            PersonName.prototype.transliterated = false;

            /**
             * Creates a new PersonName instance using the specified properties.
             * @function create
             * @memberof mrn.v1.PersonName
             * @static
             * @param {mrn.v1.PersonName.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.PersonName} PersonName instance
             * @type {{
             *   (properties: mrn.v1.PersonName.$Shape): mrn.v1.PersonName & mrn.v1.PersonName.$Shape;
             *   (properties?: mrn.v1.PersonName.$Properties): mrn.v1.PersonName;
             * }}
             */
            PersonName.create = function(properties) {
                return new PersonName(properties);
            };

            /**
             * Encodes the specified PersonName message. Does not implicitly {@link mrn.v1.PersonName.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.PersonName
             * @static
             * @param {mrn.v1.PersonName.$Properties} message PersonName message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PersonName.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.given != null && $Object.hasOwnProperty.call(message, "given") && message.given !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.given);
                if (message.family != null && $Object.hasOwnProperty.call(message, "family") && message.family !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.family);
                if (message.script != null && $Object.hasOwnProperty.call(message, "script") && message.script !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.script);
                if (message.transliterated != null && $Object.hasOwnProperty.call(message, "transliterated") && message.transliterated !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.transliterated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PersonName message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.PersonName
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.PersonName & mrn.v1.PersonName.$Shape} PersonName
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PersonName.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.PersonName();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.given = value;
                            else
                                delete message.given;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.family = value;
                            else
                                delete message.family;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.script = value;
                            else
                                delete message.script;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.transliterated = value;
                            else
                                delete message.transliterated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PersonName
             * @function getTypeUrl
             * @memberof mrn.v1.PersonName
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PersonName.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.PersonName";
            };

            return PersonName;
        })();

        v1.IdentityDocument = (function() {

            /**
             * Properties of an IdentityDocument.
             * @typedef {Object} mrn.v1.IdentityDocument.$Properties
             * @property {string|null} [type] IdentityDocument type
             * @property {string|null} [number] IdentityDocument number
             * @property {string|null} [issuer] IdentityDocument issuer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IdentityDocument.
             * @memberof mrn.v1
             * @interface IIdentityDocument
             * @augments mrn.v1.IdentityDocument.$Properties
             * @deprecated Use mrn.v1.IdentityDocument.$Properties instead.
             */

            /**
             * Shape of an IdentityDocument.
             * @typedef {mrn.v1.IdentityDocument.$Properties} mrn.v1.IdentityDocument.$Shape
             */

            /**
             * Constructs a new IdentityDocument.
             * @memberof mrn.v1
             * @classdesc Represents an IdentityDocument.
             * @constructor
             * @param {mrn.v1.IdentityDocument.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IdentityDocument = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IdentityDocument type.
             * @member {string} type
             * @memberof mrn.v1.IdentityDocument
             * @instance
             */
            IdentityDocument.prototype.type = "";

            /**
             * IdentityDocument number.
             * @member {string} number
             * @memberof mrn.v1.IdentityDocument
             * @instance
             */
            IdentityDocument.prototype.number = "";

            /**
             * IdentityDocument issuer.
             * @member {string} issuer
             * @memberof mrn.v1.IdentityDocument
             * @instance
             */
            IdentityDocument.prototype.issuer = "";

            /**
             * Creates a new IdentityDocument instance using the specified properties.
             * @function create
             * @memberof mrn.v1.IdentityDocument
             * @static
             * @param {mrn.v1.IdentityDocument.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.IdentityDocument} IdentityDocument instance
             * @type {{
             *   (properties: mrn.v1.IdentityDocument.$Shape): mrn.v1.IdentityDocument & mrn.v1.IdentityDocument.$Shape;
             *   (properties?: mrn.v1.IdentityDocument.$Properties): mrn.v1.IdentityDocument;
             * }}
             */
            IdentityDocument.create = function(properties) {
                return new IdentityDocument(properties);
            };

            /**
             * Encodes the specified IdentityDocument message. Does not implicitly {@link mrn.v1.IdentityDocument.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.IdentityDocument
             * @static
             * @param {mrn.v1.IdentityDocument.$Properties} message IdentityDocument message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdentityDocument.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.number != null && $Object.hasOwnProperty.call(message, "number") && message.number !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.number);
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer") && message.issuer !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.issuer);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IdentityDocument message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.IdentityDocument
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.IdentityDocument & mrn.v1.IdentityDocument.$Shape} IdentityDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdentityDocument.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.IdentityDocument();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.number = value;
                            else
                                delete message.number;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.issuer = value;
                            else
                                delete message.issuer;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for IdentityDocument
             * @function getTypeUrl
             * @memberof mrn.v1.IdentityDocument
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IdentityDocument.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.IdentityDocument";
            };

            return IdentityDocument;
        })();

        v1.IdentifyQuery = (function() {

            /**
             * Properties of an IdentifyQuery.
             * @typedef {Object} mrn.v1.IdentifyQuery.$Properties
             * @property {Array.<mrn.v1.PersonName.$Properties>|null} [names] IdentifyQuery names
             * @property {mrn.v1.PartialDate.$Properties|null} [dateOfBirth] IdentifyQuery dateOfBirth
             * @property {string|null} [sex] IdentifyQuery sex
             * @property {Array.<string>|null} [nationalities] IdentifyQuery nationalities
             * @property {Array.<mrn.v1.IdentityDocument.$Properties>|null} [documents] IdentifyQuery documents
             * @property {string|null} [placeOfBirth] IdentifyQuery placeOfBirth
             * @property {string|null} [placeOfBirthCountry] IdentifyQuery placeOfBirthCountry
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IdentifyQuery.
             * @memberof mrn.v1
             * @interface IIdentifyQuery
             * @augments mrn.v1.IdentifyQuery.$Properties
             * @deprecated Use mrn.v1.IdentifyQuery.$Properties instead.
             */

            /**
             * Shape of an IdentifyQuery.
             * @typedef {mrn.v1.IdentifyQuery.$Properties} mrn.v1.IdentifyQuery.$Shape
             */

            /**
             * Constructs a new IdentifyQuery.
             * @memberof mrn.v1
             * @classdesc Represents an IdentifyQuery.
             * @constructor
             * @param {mrn.v1.IdentifyQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IdentifyQuery = function (properties) {
                this.names = [];
                this.nationalities = [];
                this.documents = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IdentifyQuery names.
             * @member {Array.<mrn.v1.PersonName.$Properties>} names
             * @memberof mrn.v1.IdentifyQuery
             * @instance
             */
            IdentifyQuery.prototype.names = $util.emptyArray;

            /**
             * IdentifyQuery dateOfBirth.
             * @member {mrn.v1.PartialDate.$Properties|null|undefined} dateOfBirth
             * @memberof mrn.v1.IdentifyQuery
             * @instance
             */
            IdentifyQuery.prototype.dateOfBirth = null;

            /**
             * IdentifyQuery sex.
             * @member {string} sex
             * @memberof mrn.v1.IdentifyQuery
             * @instance
             */
            IdentifyQuery.prototype.sex = "";

            /**
             * IdentifyQuery nationalities.
             * @member {Array.<string>} nationalities
             * @memberof mrn.v1.IdentifyQuery
             * @instance
             */
            IdentifyQuery.prototype.nationalities = $util.emptyArray;

            /**
             * IdentifyQuery documents.
             * @member {Array.<mrn.v1.IdentityDocument.$Properties>} documents
             * @memberof mrn.v1.IdentifyQuery
             * @instance
             */
            IdentifyQuery.prototype.documents = $util.emptyArray;

            /**
             * IdentifyQuery placeOfBirth.
             * @member {string} placeOfBirth
             * @memberof mrn.v1.IdentifyQuery
             * @instance
             */
            IdentifyQuery.prototype.placeOfBirth = "";

            /**
             * IdentifyQuery placeOfBirthCountry.
             * @member {string} placeOfBirthCountry
             * @memberof mrn.v1.IdentifyQuery
             * @instance
             */
            IdentifyQuery.prototype.placeOfBirthCountry = "";

            /**
             * Creates a new IdentifyQuery instance using the specified properties.
             * @function create
             * @memberof mrn.v1.IdentifyQuery
             * @static
             * @param {mrn.v1.IdentifyQuery.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.IdentifyQuery} IdentifyQuery instance
             * @type {{
             *   (properties: mrn.v1.IdentifyQuery.$Shape): mrn.v1.IdentifyQuery & mrn.v1.IdentifyQuery.$Shape;
             *   (properties?: mrn.v1.IdentifyQuery.$Properties): mrn.v1.IdentifyQuery;
             * }}
             */
            IdentifyQuery.create = function(properties) {
                return new IdentifyQuery(properties);
            };

            /**
             * Encodes the specified IdentifyQuery message. Does not implicitly {@link mrn.v1.IdentifyQuery.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.IdentifyQuery
             * @static
             * @param {mrn.v1.IdentifyQuery.$Properties} message IdentifyQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdentifyQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.names != null && message.names.length)
                    for (let i = 0; i < message.names.length; ++i)
                        $root.mrn.v1.PersonName.encode(message.names[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.dateOfBirth != null && $Object.hasOwnProperty.call(message, "dateOfBirth"))
                    $root.mrn.v1.PartialDate.encode(message.dateOfBirth, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.sex != null && $Object.hasOwnProperty.call(message, "sex") && message.sex !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sex);
                if (message.nationalities != null && message.nationalities.length)
                    for (let i = 0; i < message.nationalities.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.nationalities[i]);
                if (message.documents != null && message.documents.length)
                    for (let i = 0; i < message.documents.length; ++i)
                        $root.mrn.v1.IdentityDocument.encode(message.documents[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.placeOfBirth != null && $Object.hasOwnProperty.call(message, "placeOfBirth") && message.placeOfBirth !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.placeOfBirth);
                if (message.placeOfBirthCountry != null && $Object.hasOwnProperty.call(message, "placeOfBirthCountry") && message.placeOfBirthCountry !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.placeOfBirthCountry);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IdentifyQuery message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.IdentifyQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.IdentifyQuery & mrn.v1.IdentifyQuery.$Shape} IdentifyQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdentifyQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.IdentifyQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.names && message.names.length))
                                message.names = [];
                            message.names.push($root.mrn.v1.PersonName.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dateOfBirth = $root.mrn.v1.PartialDate.decode(reader, reader.size(), $undefined, _depth + 1, message.dateOfBirth);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sex = value;
                            else
                                delete message.sex;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.nationalities && message.nationalities.length))
                                message.nationalities = [];
                            message.nationalities.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.documents && message.documents.length))
                                message.documents = [];
                            message.documents.push($root.mrn.v1.IdentityDocument.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.placeOfBirth = value;
                            else
                                delete message.placeOfBirth;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.placeOfBirthCountry = value;
                            else
                                delete message.placeOfBirthCountry;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for IdentifyQuery
             * @function getTypeUrl
             * @memberof mrn.v1.IdentifyQuery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IdentifyQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.IdentifyQuery";
            };

            return IdentifyQuery;
        })();

        v1.DetailsQuery = (function() {

            /**
             * Properties of a DetailsQuery.
             * @typedef {Object} mrn.v1.DetailsQuery.$Properties
             * @property {Uint8Array|null} [handle] DetailsQuery handle
             * @property {Array.<string>|null} [fields] DetailsQuery fields
             * @property {Array.<mrn.v1.IdentityDocument.$Properties>|null} [confirmDocuments] DetailsQuery confirmDocuments
             * @property {mrn.v1.PartialDate.$Properties|null} [confirmDateOfBirth] DetailsQuery confirmDateOfBirth
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DetailsQuery.
             * @memberof mrn.v1
             * @interface IDetailsQuery
             * @augments mrn.v1.DetailsQuery.$Properties
             * @deprecated Use mrn.v1.DetailsQuery.$Properties instead.
             */

            /**
             * Shape of a DetailsQuery.
             * @typedef {mrn.v1.DetailsQuery.$Properties} mrn.v1.DetailsQuery.$Shape
             */

            /**
             * Constructs a new DetailsQuery.
             * @memberof mrn.v1
             * @classdesc Represents a DetailsQuery.
             * @constructor
             * @param {mrn.v1.DetailsQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DetailsQuery = function (properties) {
                this.fields = [];
                this.confirmDocuments = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DetailsQuery handle.
             * @member {Uint8Array} handle
             * @memberof mrn.v1.DetailsQuery
             * @instance
             */
            DetailsQuery.prototype.handle = $util.newBuffer([]);

            /**
             * DetailsQuery fields.
             * @member {Array.<string>} fields
             * @memberof mrn.v1.DetailsQuery
             * @instance
             */
            DetailsQuery.prototype.fields = $util.emptyArray;

            /**
             * DetailsQuery confirmDocuments.
             * @member {Array.<mrn.v1.IdentityDocument.$Properties>} confirmDocuments
             * @memberof mrn.v1.DetailsQuery
             * @instance
             */
            DetailsQuery.prototype.confirmDocuments = $util.emptyArray;

            /**
             * DetailsQuery confirmDateOfBirth.
             * @member {mrn.v1.PartialDate.$Properties|null|undefined} confirmDateOfBirth
             * @memberof mrn.v1.DetailsQuery
             * @instance
             */
            DetailsQuery.prototype.confirmDateOfBirth = null;

            /**
             * Creates a new DetailsQuery instance using the specified properties.
             * @function create
             * @memberof mrn.v1.DetailsQuery
             * @static
             * @param {mrn.v1.DetailsQuery.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.DetailsQuery} DetailsQuery instance
             * @type {{
             *   (properties: mrn.v1.DetailsQuery.$Shape): mrn.v1.DetailsQuery & mrn.v1.DetailsQuery.$Shape;
             *   (properties?: mrn.v1.DetailsQuery.$Properties): mrn.v1.DetailsQuery;
             * }}
             */
            DetailsQuery.create = function(properties) {
                return new DetailsQuery(properties);
            };

            /**
             * Encodes the specified DetailsQuery message. Does not implicitly {@link mrn.v1.DetailsQuery.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.DetailsQuery
             * @static
             * @param {mrn.v1.DetailsQuery.$Properties} message DetailsQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DetailsQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.handle != null && $Object.hasOwnProperty.call(message, "handle") && message.handle.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.handle);
                if (message.fields != null && message.fields.length)
                    for (let i = 0; i < message.fields.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.fields[i]);
                if (message.confirmDocuments != null && message.confirmDocuments.length)
                    for (let i = 0; i < message.confirmDocuments.length; ++i)
                        $root.mrn.v1.IdentityDocument.encode(message.confirmDocuments[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.confirmDateOfBirth != null && $Object.hasOwnProperty.call(message, "confirmDateOfBirth"))
                    $root.mrn.v1.PartialDate.encode(message.confirmDateOfBirth, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DetailsQuery message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.DetailsQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.DetailsQuery & mrn.v1.DetailsQuery.$Shape} DetailsQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DetailsQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.DetailsQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.handle = value;
                            else
                                delete message.handle;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.fields && message.fields.length))
                                message.fields = [];
                            message.fields.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.confirmDocuments && message.confirmDocuments.length))
                                message.confirmDocuments = [];
                            message.confirmDocuments.push($root.mrn.v1.IdentityDocument.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.confirmDateOfBirth = $root.mrn.v1.PartialDate.decode(reader, reader.size(), $undefined, _depth + 1, message.confirmDateOfBirth);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DetailsQuery
             * @function getTypeUrl
             * @memberof mrn.v1.DetailsQuery
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DetailsQuery.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.DetailsQuery";
            };

            return DetailsQuery;
        })();

        v1.QueryRequest = (function() {

            /**
             * Properties of a QueryRequest.
             * @typedef {Object} mrn.v1.QueryRequest.$Properties
             * @property {number|null} [protocolVersion] QueryRequest protocolVersion
             * @property {Uint8Array|null} [requestId] QueryRequest requestId
             * @property {string|null} [requesterCountry] QueryRequest requesterCountry
             * @property {string|null} [targetCountry] QueryRequest targetCountry
             * @property {mrn.v1.Purpose|null} [purpose] QueryRequest purpose
             * @property {string|null} [legalBasis] QueryRequest legalBasis
             * @property {string|null} [caseReference] QueryRequest caseReference
             * @property {string|null} [caseworkerPseudonym] QueryRequest caseworkerPseudonym
             * @property {string|null} [caseworkerRole] QueryRequest caseworkerRole
             * @property {number|Long|null} [issuedAtMs] QueryRequest issuedAtMs
             * @property {number|Long|null} [expiresAtMs] QueryRequest expiresAtMs
             * @property {mrn.v1.IdentifyQuery.$Properties|null} [identify] QueryRequest identify
             * @property {mrn.v1.DetailsQuery.$Properties|null} [details] QueryRequest details
             * @property {"identify"|"details"} [query] QueryRequest query
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryRequest.
             * @memberof mrn.v1
             * @interface IQueryRequest
             * @augments mrn.v1.QueryRequest.$Properties
             * @deprecated Use mrn.v1.QueryRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a QueryRequest.
             * @typedef {{
             *   protocolVersion?: number|null;
             *   requestId?: Uint8Array|null;
             *   requesterCountry?: string|null;
             *   targetCountry?: string|null;
             *   purpose?: mrn.v1.Purpose|null;
             *   legalBasis?: string|null;
             *   caseReference?: string|null;
             *   caseworkerPseudonym?: string|null;
             *   caseworkerRole?: string|null;
             *   issuedAtMs?: number|Long|null;
             *   expiresAtMs?: number|Long|null;
             *   identify?: mrn.v1.IdentifyQuery.$Shape|null;
             *   details?: mrn.v1.DetailsQuery.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ query?: undefined; identify?: null; details?: null }|{ query?: "identify"; identify: mrn.v1.IdentifyQuery.$Shape; details?: null }|{ query?: "details"; identify?: null; details: mrn.v1.DetailsQuery.$Shape })
             * )} mrn.v1.QueryRequest.$Shape
             */

            /**
             * Constructs a new QueryRequest.
             * @memberof mrn.v1
             * @classdesc Represents a QueryRequest.
             * @constructor
             * @param {mrn.v1.QueryRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryRequest protocolVersion.
             * @member {number} protocolVersion
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.protocolVersion = 0;

            /**
             * QueryRequest requestId.
             * @member {Uint8Array} requestId
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.requestId = $util.newBuffer([]);

            /**
             * QueryRequest requesterCountry.
             * @member {string} requesterCountry
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.requesterCountry = "";

            /**
             * QueryRequest targetCountry.
             * @member {string} targetCountry
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.targetCountry = "";

            /**
             * QueryRequest purpose.
             * @member {mrn.v1.Purpose} purpose
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.purpose = 0;

            /**
             * QueryRequest legalBasis.
             * @member {string} legalBasis
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.legalBasis = "";

            /**
             * QueryRequest caseReference.
             * @member {string} caseReference
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.caseReference = "";

            /**
             * QueryRequest caseworkerPseudonym.
             * @member {string} caseworkerPseudonym
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.caseworkerPseudonym = "";

            /**
             * QueryRequest caseworkerRole.
             * @member {string} caseworkerRole
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.caseworkerRole = "";

            /**
             * QueryRequest issuedAtMs.
             * @member {number|Long} issuedAtMs
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * QueryRequest expiresAtMs.
             * @member {number|Long} expiresAtMs
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * QueryRequest identify.
             * @member {mrn.v1.IdentifyQuery.$Properties|null|undefined} identify
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.identify = null;

            /**
             * QueryRequest details.
             * @member {mrn.v1.DetailsQuery.$Properties|null|undefined} details
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            QueryRequest.prototype.details = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * QueryRequest query.
             * @member {"identify"|"details"|undefined} query
             * @memberof mrn.v1.QueryRequest
             * @instance
             */
            $Object.defineProperty(QueryRequest.prototype, "query", {
                get: $util.oneOfGetter($oneOfFields = ["identify", "details"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new QueryRequest instance using the specified properties.
             * @function create
             * @memberof mrn.v1.QueryRequest
             * @static
             * @param {mrn.v1.QueryRequest.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.QueryRequest} QueryRequest instance
             * @type {{
             *   (properties: mrn.v1.QueryRequest.$Shape): mrn.v1.QueryRequest & mrn.v1.QueryRequest.$Shape;
             *   (properties?: mrn.v1.QueryRequest.$Properties): mrn.v1.QueryRequest;
             * }}
             */
            QueryRequest.create = function(properties) {
                return new QueryRequest(properties);
            };

            /**
             * Encodes the specified QueryRequest message. Does not implicitly {@link mrn.v1.QueryRequest.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.QueryRequest
             * @static
             * @param {mrn.v1.QueryRequest.$Properties} message QueryRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.requestId);
                if (message.requesterCountry != null && $Object.hasOwnProperty.call(message, "requesterCountry") && message.requesterCountry !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.requesterCountry);
                if (message.targetCountry != null && $Object.hasOwnProperty.call(message, "targetCountry") && message.targetCountry !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.targetCountry);
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose") && message.purpose !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.purpose);
                if (message.legalBasis != null && $Object.hasOwnProperty.call(message, "legalBasis") && message.legalBasis !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.legalBasis);
                if (message.caseReference != null && $Object.hasOwnProperty.call(message, "caseReference") && message.caseReference !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.caseReference);
                if (message.caseworkerPseudonym != null && $Object.hasOwnProperty.call(message, "caseworkerPseudonym") && message.caseworkerPseudonym !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.caseworkerPseudonym);
                if (message.caseworkerRole != null && $Object.hasOwnProperty.call(message, "caseworkerRole") && message.caseworkerRole !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.caseworkerRole);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.issuedAtMs);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.expiresAtMs);
                if (message.identify != null && $Object.hasOwnProperty.call(message, "identify"))
                    $root.mrn.v1.IdentifyQuery.encode(message.identify, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    $root.mrn.v1.DetailsQuery.encode(message.details, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueryRequest message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.QueryRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.QueryRequest & mrn.v1.QueryRequest.$Shape} QueryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.QueryRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requesterCountry = value;
                            else
                                delete message.requesterCountry;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetCountry = value;
                            else
                                delete message.targetCountry;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.purpose = value;
                            else
                                delete message.purpose;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.legalBasis = value;
                            else
                                delete message.legalBasis;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caseReference = value;
                            else
                                delete message.caseReference;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caseworkerPseudonym = value;
                            else
                                delete message.caseworkerPseudonym;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caseworkerRole = value;
                            else
                                delete message.caseworkerRole;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.identify = $root.mrn.v1.IdentifyQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.identify);
                            message.query = "identify";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.details = $root.mrn.v1.DetailsQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.details);
                            message.query = "details";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for QueryRequest
             * @function getTypeUrl
             * @memberof mrn.v1.QueryRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueryRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.QueryRequest";
            };

            return QueryRequest;
        })();

        /**
         * Status enum.
         * @name mrn.v1.Status
         * @enum {number}
         * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
         * @property {number} OK=1 OK value
         * @property {number} NO_HIT=2 NO_HIT value
         * @property {number} DENIED=3 DENIED value
         * @property {number} INVALID=4 INVALID value
         * @property {number} UNAUTHENTICATED=5 UNAUTHENTICATED value
         * @property {number} REPLAY=6 REPLAY value
         * @property {number} EXPIRED=7 EXPIRED value
         * @property {number} RATE_LIMITED=8 RATE_LIMITED value
         * @property {number} UNAVAILABLE=9 UNAVAILABLE value
         * @property {number} INTERNAL=10 INTERNAL value
         */
        v1.Status = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OK"] = 1;
            values[valuesById[2] = "NO_HIT"] = 2;
            values[valuesById[3] = "DENIED"] = 3;
            values[valuesById[4] = "INVALID"] = 4;
            values[valuesById[5] = "UNAUTHENTICATED"] = 5;
            values[valuesById[6] = "REPLAY"] = 6;
            values[valuesById[7] = "EXPIRED"] = 7;
            values[valuesById[8] = "RATE_LIMITED"] = 8;
            values[valuesById[9] = "UNAVAILABLE"] = 9;
            values[valuesById[10] = "INTERNAL"] = 10;
            return values;
        })();

        /**
         * MatchBand enum.
         * @name mrn.v1.MatchBand
         * @enum {number}
         * @property {number} MATCH_BAND_UNSPECIFIED=0 MATCH_BAND_UNSPECIFIED value
         * @property {number} MATCH_BAND_STRONG=1 MATCH_BAND_STRONG value
         * @property {number} MATCH_BAND_POSSIBLE=2 MATCH_BAND_POSSIBLE value
         */
        v1.MatchBand = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MATCH_BAND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MATCH_BAND_STRONG"] = 1;
            values[valuesById[2] = "MATCH_BAND_POSSIBLE"] = 2;
            return values;
        })();

        v1.Hit = (function() {

            /**
             * Properties of a Hit.
             * @typedef {Object} mrn.v1.Hit.$Properties
             * @property {Uint8Array|null} [handle] Hit handle
             * @property {mrn.v1.MatchBand|null} [band] Hit band
             * @property {number|Long|null} [handleExpiresAtMs] Hit handleExpiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hit.
             * @memberof mrn.v1
             * @interface IHit
             * @augments mrn.v1.Hit.$Properties
             * @deprecated Use mrn.v1.Hit.$Properties instead.
             */

            /**
             * Shape of a Hit.
             * @typedef {mrn.v1.Hit.$Properties} mrn.v1.Hit.$Shape
             */

            /**
             * Constructs a new Hit.
             * @memberof mrn.v1
             * @classdesc Represents a Hit.
             * @constructor
             * @param {mrn.v1.Hit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hit handle.
             * @member {Uint8Array} handle
             * @memberof mrn.v1.Hit
             * @instance
             */
            Hit.prototype.handle = $util.newBuffer([]);

            /**
             * Hit band.
             * @member {mrn.v1.MatchBand} band
             * @memberof mrn.v1.Hit
             * @instance
             */
            Hit.prototype.band = 0;

            /**
             * Hit handleExpiresAtMs.
             * @member {number|Long} handleExpiresAtMs
             * @memberof mrn.v1.Hit
             * @instance
             */
            Hit.prototype.handleExpiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Hit instance using the specified properties.
             * @function create
             * @memberof mrn.v1.Hit
             * @static
             * @param {mrn.v1.Hit.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.Hit} Hit instance
             * @type {{
             *   (properties: mrn.v1.Hit.$Shape): mrn.v1.Hit & mrn.v1.Hit.$Shape;
             *   (properties?: mrn.v1.Hit.$Properties): mrn.v1.Hit;
             * }}
             */
            Hit.create = function(properties) {
                return new Hit(properties);
            };

            /**
             * Encodes the specified Hit message. Does not implicitly {@link mrn.v1.Hit.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.Hit
             * @static
             * @param {mrn.v1.Hit.$Properties} message Hit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.handle != null && $Object.hasOwnProperty.call(message, "handle") && message.handle.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.handle);
                if (message.band != null && $Object.hasOwnProperty.call(message, "band") && message.band !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.band);
                if (message.handleExpiresAtMs != null && $Object.hasOwnProperty.call(message, "handleExpiresAtMs") && (typeof message.handleExpiresAtMs === "object" ? message.handleExpiresAtMs.low || message.handleExpiresAtMs.high : message.handleExpiresAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.handleExpiresAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hit message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.Hit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.Hit & mrn.v1.Hit.$Shape} Hit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.Hit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.handle = value;
                            else
                                delete message.handle;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.band = value;
                            else
                                delete message.band;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.handleExpiresAtMs = value;
                            else
                                delete message.handleExpiresAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Hit
             * @function getTypeUrl
             * @memberof mrn.v1.Hit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.Hit";
            };

            return Hit;
        })();

        v1.StringList = (function() {

            /**
             * Properties of a StringList.
             * @typedef {Object} mrn.v1.StringList.$Properties
             * @property {Array.<string>|null} [values] StringList values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StringList.
             * @memberof mrn.v1
             * @interface IStringList
             * @augments mrn.v1.StringList.$Properties
             * @deprecated Use mrn.v1.StringList.$Properties instead.
             */

            /**
             * Shape of a StringList.
             * @typedef {mrn.v1.StringList.$Properties} mrn.v1.StringList.$Shape
             */

            /**
             * Constructs a new StringList.
             * @memberof mrn.v1
             * @classdesc Represents a StringList.
             * @constructor
             * @param {mrn.v1.StringList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StringList = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StringList values.
             * @member {Array.<string>} values
             * @memberof mrn.v1.StringList
             * @instance
             */
            StringList.prototype.values = $util.emptyArray;

            /**
             * Creates a new StringList instance using the specified properties.
             * @function create
             * @memberof mrn.v1.StringList
             * @static
             * @param {mrn.v1.StringList.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.StringList} StringList instance
             * @type {{
             *   (properties: mrn.v1.StringList.$Shape): mrn.v1.StringList & mrn.v1.StringList.$Shape;
             *   (properties?: mrn.v1.StringList.$Properties): mrn.v1.StringList;
             * }}
             */
            StringList.create = function(properties) {
                return new StringList(properties);
            };

            /**
             * Encodes the specified StringList message. Does not implicitly {@link mrn.v1.StringList.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.StringList
             * @static
             * @param {mrn.v1.StringList.$Properties} message StringList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StringList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.values[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.StringList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.StringList & mrn.v1.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StringList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.StringList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for StringList
             * @function getTypeUrl
             * @memberof mrn.v1.StringList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StringList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.StringList";
            };

            return StringList;
        })();

        v1.NameList = (function() {

            /**
             * Properties of a NameList.
             * @typedef {Object} mrn.v1.NameList.$Properties
             * @property {Array.<mrn.v1.PersonName.$Properties>|null} [values] NameList values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NameList.
             * @memberof mrn.v1
             * @interface INameList
             * @augments mrn.v1.NameList.$Properties
             * @deprecated Use mrn.v1.NameList.$Properties instead.
             */

            /**
             * Shape of a NameList.
             * @typedef {mrn.v1.NameList.$Properties} mrn.v1.NameList.$Shape
             */

            /**
             * Constructs a new NameList.
             * @memberof mrn.v1
             * @classdesc Represents a NameList.
             * @constructor
             * @param {mrn.v1.NameList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NameList = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NameList values.
             * @member {Array.<mrn.v1.PersonName.$Properties>} values
             * @memberof mrn.v1.NameList
             * @instance
             */
            NameList.prototype.values = $util.emptyArray;

            /**
             * Creates a new NameList instance using the specified properties.
             * @function create
             * @memberof mrn.v1.NameList
             * @static
             * @param {mrn.v1.NameList.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.NameList} NameList instance
             * @type {{
             *   (properties: mrn.v1.NameList.$Shape): mrn.v1.NameList & mrn.v1.NameList.$Shape;
             *   (properties?: mrn.v1.NameList.$Properties): mrn.v1.NameList;
             * }}
             */
            NameList.create = function(properties) {
                return new NameList(properties);
            };

            /**
             * Encodes the specified NameList message. Does not implicitly {@link mrn.v1.NameList.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.NameList
             * @static
             * @param {mrn.v1.NameList.$Properties} message NameList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NameList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        $root.mrn.v1.PersonName.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NameList message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.NameList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.NameList & mrn.v1.NameList.$Shape} NameList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NameList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.NameList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push($root.mrn.v1.PersonName.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for NameList
             * @function getTypeUrl
             * @memberof mrn.v1.NameList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NameList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.NameList";
            };

            return NameList;
        })();

        v1.DocumentList = (function() {

            /**
             * Properties of a DocumentList.
             * @typedef {Object} mrn.v1.DocumentList.$Properties
             * @property {Array.<mrn.v1.IdentityDocument.$Properties>|null} [values] DocumentList values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DocumentList.
             * @memberof mrn.v1
             * @interface IDocumentList
             * @augments mrn.v1.DocumentList.$Properties
             * @deprecated Use mrn.v1.DocumentList.$Properties instead.
             */

            /**
             * Shape of a DocumentList.
             * @typedef {mrn.v1.DocumentList.$Properties} mrn.v1.DocumentList.$Shape
             */

            /**
             * Constructs a new DocumentList.
             * @memberof mrn.v1
             * @classdesc Represents a DocumentList.
             * @constructor
             * @param {mrn.v1.DocumentList.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DocumentList = function (properties) {
                this.values = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DocumentList values.
             * @member {Array.<mrn.v1.IdentityDocument.$Properties>} values
             * @memberof mrn.v1.DocumentList
             * @instance
             */
            DocumentList.prototype.values = $util.emptyArray;

            /**
             * Creates a new DocumentList instance using the specified properties.
             * @function create
             * @memberof mrn.v1.DocumentList
             * @static
             * @param {mrn.v1.DocumentList.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.DocumentList} DocumentList instance
             * @type {{
             *   (properties: mrn.v1.DocumentList.$Shape): mrn.v1.DocumentList & mrn.v1.DocumentList.$Shape;
             *   (properties?: mrn.v1.DocumentList.$Properties): mrn.v1.DocumentList;
             * }}
             */
            DocumentList.create = function(properties) {
                return new DocumentList(properties);
            };

            /**
             * Encodes the specified DocumentList message. Does not implicitly {@link mrn.v1.DocumentList.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.DocumentList
             * @static
             * @param {mrn.v1.DocumentList.$Properties} message DocumentList message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DocumentList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.values != null && message.values.length)
                    for (let i = 0; i < message.values.length; ++i)
                        $root.mrn.v1.IdentityDocument.encode(message.values[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DocumentList message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.DocumentList
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.DocumentList & mrn.v1.DocumentList.$Shape} DocumentList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DocumentList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.DocumentList();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push($root.mrn.v1.IdentityDocument.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for DocumentList
             * @function getTypeUrl
             * @memberof mrn.v1.DocumentList
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DocumentList.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.DocumentList";
            };

            return DocumentList;
        })();

        v1.ReleasedField = (function() {

            /**
             * Properties of a ReleasedField.
             * @typedef {Object} mrn.v1.ReleasedField.$Properties
             * @property {string|null} [name] ReleasedField name
             * @property {string|null} [form] ReleasedField form
             * @property {string|null} [text] ReleasedField text
             * @property {mrn.v1.StringList.$Properties|null} [texts] ReleasedField texts
             * @property {boolean|null} [present] ReleasedField present
             * @property {mrn.v1.PartialDate.$Properties|null} [date] ReleasedField date
             * @property {mrn.v1.NameList.$Properties|null} [names] ReleasedField names
             * @property {mrn.v1.DocumentList.$Properties|null} [documents] ReleasedField documents
             * @property {string|null} [ruleId] ReleasedField ruleId
             * @property {"text"|"texts"|"present"|"date"|"names"|"documents"} [value] ReleasedField value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReleasedField.
             * @memberof mrn.v1
             * @interface IReleasedField
             * @augments mrn.v1.ReleasedField.$Properties
             * @deprecated Use mrn.v1.ReleasedField.$Properties instead.
             */

            /**
             * Narrowed shape of a ReleasedField.
             * @typedef {{
             *   name?: string|null;
             *   form?: string|null;
             *   text?: string|null;
             *   texts?: mrn.v1.StringList.$Shape|null;
             *   present?: boolean|null;
             *   date?: mrn.v1.PartialDate.$Shape|null;
             *   names?: mrn.v1.NameList.$Shape|null;
             *   documents?: mrn.v1.DocumentList.$Shape|null;
             *   ruleId?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; text?: null; texts?: null; present?: null; date?: null; names?: null; documents?: null }|{ value?: "text"; text: string; texts?: null; present?: null; date?: null; names?: null; documents?: null }|{ value?: "texts"; text?: null; texts: mrn.v1.StringList.$Shape; present?: null; date?: null; names?: null; documents?: null }|{ value?: "present"; text?: null; texts?: null; present: boolean; date?: null; names?: null; documents?: null }|{ value?: "date"; text?: null; texts?: null; present?: null; date: mrn.v1.PartialDate.$Shape; names?: null; documents?: null }|{ value?: "names"; text?: null; texts?: null; present?: null; date?: null; names: mrn.v1.NameList.$Shape; documents?: null }|{ value?: "documents"; text?: null; texts?: null; present?: null; date?: null; names?: null; documents: mrn.v1.DocumentList.$Shape })
             * )} mrn.v1.ReleasedField.$Shape
             */

            /**
             * Constructs a new ReleasedField.
             * @memberof mrn.v1
             * @classdesc Represents a ReleasedField.
             * @constructor
             * @param {mrn.v1.ReleasedField.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReleasedField = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReleasedField name.
             * @member {string} name
             * @memberof mrn.v1.ReleasedField
             * @instance
             */
            ReleasedField.prototype.name = "";

            /**
             * ReleasedField form.
             * @member {string} form
             * @memberof mrn.v1.ReleasedField
             * @instance
             */
            ReleasedField.prototype.form = "";

            /**
             * ReleasedField text.
             * @member {string|null|undefined} text
             * @memberof mrn.v1.ReleasedField
             * @instance
             */
            ReleasedField.prototype.text = null;

            /**
             * ReleasedField texts.
             * @member {mrn.v1.StringList.$Properties|null|undefined} texts
             * @memberof mrn.v1.ReleasedField
             * @instance
             */
            ReleasedField.prototype.texts = null;

            /**
             * ReleasedField present.
             * @member {boolean|null|undefined} present
             * @memberof mrn.v1.ReleasedField
             * @instance
             */
            ReleasedField.prototype.present = null;

            /**
             * ReleasedField date.
             * @member {mrn.v1.PartialDate.$Properties|null|undefined} date
             * @memberof mrn.v1.ReleasedField
             * @instance
             */
            ReleasedField.prototype.date = null;

            /**
             * ReleasedField names.
             * @member {mrn.v1.NameList.$Properties|null|undefined} names
             * @memberof mrn.v1.ReleasedField
             * @instance
             */
            ReleasedField.prototype.names = null;

            /**
             * ReleasedField documents.
             * @member {mrn.v1.DocumentList.$Properties|null|undefined} documents
             * @memberof mrn.v1.ReleasedField
             * @instance
             */
            ReleasedField.prototype.documents = null;

            /**
             * ReleasedField ruleId.
             * @member {string} ruleId
             * @memberof mrn.v1.ReleasedField
             * @instance
             */
            ReleasedField.prototype.ruleId = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ReleasedField value.
             * @member {"text"|"texts"|"present"|"date"|"names"|"documents"|undefined} value
             * @memberof mrn.v1.ReleasedField
             * @instance
             */
            $Object.defineProperty(ReleasedField.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["text", "texts", "present", "date", "names", "documents"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ReleasedField instance using the specified properties.
             * @function create
             * @memberof mrn.v1.ReleasedField
             * @static
             * @param {mrn.v1.ReleasedField.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.ReleasedField} ReleasedField instance
             * @type {{
             *   (properties: mrn.v1.ReleasedField.$Shape): mrn.v1.ReleasedField & mrn.v1.ReleasedField.$Shape;
             *   (properties?: mrn.v1.ReleasedField.$Properties): mrn.v1.ReleasedField;
             * }}
             */
            ReleasedField.create = function(properties) {
                return new ReleasedField(properties);
            };

            /**
             * Encodes the specified ReleasedField message. Does not implicitly {@link mrn.v1.ReleasedField.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.ReleasedField
             * @static
             * @param {mrn.v1.ReleasedField.$Properties} message ReleasedField message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleasedField.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.form != null && $Object.hasOwnProperty.call(message, "form") && message.form !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.form);
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.text);
                if (message.texts != null && $Object.hasOwnProperty.call(message, "texts"))
                    $root.mrn.v1.StringList.encode(message.texts, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.present != null && $Object.hasOwnProperty.call(message, "present"))
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.present);
                if (message.date != null && $Object.hasOwnProperty.call(message, "date"))
                    $root.mrn.v1.PartialDate.encode(message.date, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.names != null && $Object.hasOwnProperty.call(message, "names"))
                    $root.mrn.v1.NameList.encode(message.names, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.documents != null && $Object.hasOwnProperty.call(message, "documents"))
                    $root.mrn.v1.DocumentList.encode(message.documents, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId") && message.ruleId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.ruleId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReleasedField message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.ReleasedField
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.ReleasedField & mrn.v1.ReleasedField.$Shape} ReleasedField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleasedField.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.ReleasedField();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.form = value;
                            else
                                delete message.form;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.text = reader.stringVerify();
                            message.value = "text";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.texts = $root.mrn.v1.StringList.decode(reader, reader.size(), $undefined, _depth + 1, message.texts);
                            message.value = "texts";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.present = reader.bool();
                            message.value = "present";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.date = $root.mrn.v1.PartialDate.decode(reader, reader.size(), $undefined, _depth + 1, message.date);
                            message.value = "date";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.names = $root.mrn.v1.NameList.decode(reader, reader.size(), $undefined, _depth + 1, message.names);
                            message.value = "names";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.documents = $root.mrn.v1.DocumentList.decode(reader, reader.size(), $undefined, _depth + 1, message.documents);
                            message.value = "documents";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ruleId = value;
                            else
                                delete message.ruleId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for ReleasedField
             * @function getTypeUrl
             * @memberof mrn.v1.ReleasedField
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReleasedField.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.ReleasedField";
            };

            return ReleasedField;
        })();

        v1.WithheldField = (function() {

            /**
             * Properties of a WithheldField.
             * @typedef {Object} mrn.v1.WithheldField.$Properties
             * @property {string|null} [name] WithheldField name
             * @property {string|null} [ruleId] WithheldField ruleId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WithheldField.
             * @memberof mrn.v1
             * @interface IWithheldField
             * @augments mrn.v1.WithheldField.$Properties
             * @deprecated Use mrn.v1.WithheldField.$Properties instead.
             */

            /**
             * Shape of a WithheldField.
             * @typedef {mrn.v1.WithheldField.$Properties} mrn.v1.WithheldField.$Shape
             */

            /**
             * Constructs a new WithheldField.
             * @memberof mrn.v1
             * @classdesc Represents a WithheldField.
             * @constructor
             * @param {mrn.v1.WithheldField.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WithheldField = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WithheldField name.
             * @member {string} name
             * @memberof mrn.v1.WithheldField
             * @instance
             */
            WithheldField.prototype.name = "";

            /**
             * WithheldField ruleId.
             * @member {string} ruleId
             * @memberof mrn.v1.WithheldField
             * @instance
             */
            WithheldField.prototype.ruleId = "";

            /**
             * Creates a new WithheldField instance using the specified properties.
             * @function create
             * @memberof mrn.v1.WithheldField
             * @static
             * @param {mrn.v1.WithheldField.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.WithheldField} WithheldField instance
             * @type {{
             *   (properties: mrn.v1.WithheldField.$Shape): mrn.v1.WithheldField & mrn.v1.WithheldField.$Shape;
             *   (properties?: mrn.v1.WithheldField.$Properties): mrn.v1.WithheldField;
             * }}
             */
            WithheldField.create = function(properties) {
                return new WithheldField(properties);
            };

            /**
             * Encodes the specified WithheldField message. Does not implicitly {@link mrn.v1.WithheldField.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.WithheldField
             * @static
             * @param {mrn.v1.WithheldField.$Properties} message WithheldField message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WithheldField.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.ruleId != null && $Object.hasOwnProperty.call(message, "ruleId") && message.ruleId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.ruleId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WithheldField message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.WithheldField
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.WithheldField & mrn.v1.WithheldField.$Shape} WithheldField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WithheldField.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.WithheldField();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ruleId = value;
                            else
                                delete message.ruleId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WithheldField
             * @function getTypeUrl
             * @memberof mrn.v1.WithheldField
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WithheldField.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.WithheldField";
            };

            return WithheldField;
        })();

        v1.QueryResponse = (function() {

            /**
             * Properties of a QueryResponse.
             * @typedef {Object} mrn.v1.QueryResponse.$Properties
             * @property {number|null} [protocolVersion] QueryResponse protocolVersion
             * @property {Uint8Array|null} [requestId] QueryResponse requestId
             * @property {string|null} [responderCountry] QueryResponse responderCountry
             * @property {Uint8Array|null} [requestDigest] QueryResponse requestDigest
             * @property {mrn.v1.Status|null} [status] QueryResponse status
             * @property {string|null} [message] QueryResponse message
             * @property {Array.<mrn.v1.Hit.$Properties>|null} [hits] QueryResponse hits
             * @property {Array.<mrn.v1.ReleasedField.$Properties>|null} [released] QueryResponse released
             * @property {Array.<mrn.v1.WithheldField.$Properties>|null} [withheld] QueryResponse withheld
             * @property {number|Long|null} [auditLeafIndex] QueryResponse auditLeafIndex
             * @property {number|Long|null} [issuedAtMs] QueryResponse issuedAtMs
             * @property {mrn.v1.DenialReason|null} [denialReason] QueryResponse denialReason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueryResponse.
             * @memberof mrn.v1
             * @interface IQueryResponse
             * @augments mrn.v1.QueryResponse.$Properties
             * @deprecated Use mrn.v1.QueryResponse.$Properties instead.
             */

            /**
             * Shape of a QueryResponse.
             * @typedef {{
             *   protocolVersion?: number|null;
             *   requestId?: Uint8Array|null;
             *   responderCountry?: string|null;
             *   requestDigest?: Uint8Array|null;
             *   status?: mrn.v1.Status|null;
             *   message?: string|null;
             *   hits?: Array.<mrn.v1.Hit.$Shape>|null;
             *   released?: Array.<mrn.v1.ReleasedField.$Shape>|null;
             *   withheld?: Array.<mrn.v1.WithheldField.$Shape>|null;
             *   auditLeafIndex?: number|Long|null;
             *   issuedAtMs?: number|Long|null;
             *   denialReason?: mrn.v1.DenialReason|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} mrn.v1.QueryResponse.$Shape
             */

            /**
             * Constructs a new QueryResponse.
             * @memberof mrn.v1
             * @classdesc Represents a QueryResponse.
             * @constructor
             * @param {mrn.v1.QueryResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueryResponse = function (properties) {
                this.hits = [];
                this.released = [];
                this.withheld = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueryResponse protocolVersion.
             * @member {number} protocolVersion
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.protocolVersion = 0;

            /**
             * QueryResponse requestId.
             * @member {Uint8Array} requestId
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.requestId = $util.newBuffer([]);

            /**
             * QueryResponse responderCountry.
             * @member {string} responderCountry
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.responderCountry = "";

            /**
             * QueryResponse requestDigest.
             * @member {Uint8Array} requestDigest
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.requestDigest = $util.newBuffer([]);

            /**
             * QueryResponse status.
             * @member {mrn.v1.Status} status
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.status = 0;

            /**
             * QueryResponse message.
             * @member {string} message
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.message = "";

            /**
             * QueryResponse hits.
             * @member {Array.<mrn.v1.Hit.$Properties>} hits
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.hits = $util.emptyArray;

            /**
             * QueryResponse released.
             * @member {Array.<mrn.v1.ReleasedField.$Properties>} released
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.released = $util.emptyArray;

            /**
             * QueryResponse withheld.
             * @member {Array.<mrn.v1.WithheldField.$Properties>} withheld
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.withheld = $util.emptyArray;

            /**
             * QueryResponse auditLeafIndex.
             * @member {number|Long} auditLeafIndex
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.auditLeafIndex = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * QueryResponse issuedAtMs.
             * @member {number|Long} issuedAtMs
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * QueryResponse denialReason.
             * @member {mrn.v1.DenialReason} denialReason
             * @memberof mrn.v1.QueryResponse
             * @instance
             */
            QueryResponse.prototype.denialReason = 0;

            /**
             * Creates a new QueryResponse instance using the specified properties.
             * @function create
             * @memberof mrn.v1.QueryResponse
             * @static
             * @param {mrn.v1.QueryResponse.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.QueryResponse} QueryResponse instance
             * @type {{
             *   (properties: mrn.v1.QueryResponse.$Shape): mrn.v1.QueryResponse & mrn.v1.QueryResponse.$Shape;
             *   (properties?: mrn.v1.QueryResponse.$Properties): mrn.v1.QueryResponse;
             * }}
             */
            QueryResponse.create = function(properties) {
                return new QueryResponse(properties);
            };

            /**
             * Encodes the specified QueryResponse message. Does not implicitly {@link mrn.v1.QueryResponse.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.QueryResponse
             * @static
             * @param {mrn.v1.QueryResponse.$Properties} message QueryResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueryResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.requestId);
                if (message.responderCountry != null && $Object.hasOwnProperty.call(message, "responderCountry") && message.responderCountry !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.responderCountry);
                if (message.requestDigest != null && $Object.hasOwnProperty.call(message, "requestDigest") && message.requestDigest.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.requestDigest);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.status);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.message);
                if (message.hits != null && message.hits.length)
                    for (let i = 0; i < message.hits.length; ++i)
                        $root.mrn.v1.Hit.encode(message.hits[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.released != null && message.released.length)
                    for (let i = 0; i < message.released.length; ++i)
                        $root.mrn.v1.ReleasedField.encode(message.released[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.withheld != null && message.withheld.length)
                    for (let i = 0; i < message.withheld.length; ++i)
                        $root.mrn.v1.WithheldField.encode(message.withheld[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.auditLeafIndex != null && $Object.hasOwnProperty.call(message, "auditLeafIndex") && (typeof message.auditLeafIndex === "object" ? message.auditLeafIndex.low || message.auditLeafIndex.high : message.auditLeafIndex !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.auditLeafIndex);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).int64(message.issuedAtMs);
                if (message.denialReason != null && $Object.hasOwnProperty.call(message, "denialReason") && message.denialReason !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).int32(message.denialReason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueryResponse message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.QueryResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.QueryResponse & mrn.v1.QueryResponse.$Shape} QueryResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueryResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.QueryResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.responderCountry = value;
                            else
                                delete message.responderCountry;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestDigest = value;
                            else
                                delete message.requestDigest;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.hits && message.hits.length))
                                message.hits = [];
                            message.hits.push($root.mrn.v1.Hit.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.released && message.released.length))
                                message.released = [];
                            message.released.push($root.mrn.v1.ReleasedField.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.withheld && message.withheld.length))
                                message.withheld = [];
                            message.withheld.push($root.mrn.v1.WithheldField.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.auditLeafIndex = value;
                            else
                                delete message.auditLeafIndex;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.denialReason = value;
                            else
                                delete message.denialReason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for QueryResponse
             * @function getTypeUrl
             * @memberof mrn.v1.QueryResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueryResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.QueryResponse";
            };

            return QueryResponse;
        })();

        /**
         * DenialReason enum.
         * @name mrn.v1.DenialReason
         * @enum {number}
         * @property {number} DENIAL_REASON_UNSPECIFIED=0 DENIAL_REASON_UNSPECIFIED value
         * @property {number} DENIAL_POLICY=1 DENIAL_POLICY value
         * @property {number} DENIAL_LEGAL_BASIS=2 DENIAL_LEGAL_BASIS value
         * @property {number} DENIAL_HANDLE=3 DENIAL_HANDLE value
         * @property {number} DENIAL_CONFIRMATION=4 DENIAL_CONFIRMATION value
         */
        v1.DenialReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DENIAL_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DENIAL_POLICY"] = 1;
            values[valuesById[2] = "DENIAL_LEGAL_BASIS"] = 2;
            values[valuesById[3] = "DENIAL_HANDLE"] = 3;
            values[valuesById[4] = "DENIAL_CONFIRMATION"] = 4;
            return values;
        })();

        v1.WitnessRequest = (function() {

            /**
             * Properties of a WitnessRequest.
             * @typedef {Object} mrn.v1.WitnessRequest.$Properties
             * @property {string|null} [checkpoint] WitnessRequest checkpoint
             * @property {number|Long|null} [oldSize] WitnessRequest oldSize
             * @property {Array.<Uint8Array>|null} [consistencyProof] WitnessRequest consistencyProof
             * @property {Array.<Uint8Array>|null} [frontier] WitnessRequest frontier
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WitnessRequest.
             * @memberof mrn.v1
             * @interface IWitnessRequest
             * @augments mrn.v1.WitnessRequest.$Properties
             * @deprecated Use mrn.v1.WitnessRequest.$Properties instead.
             */

            /**
             * Shape of a WitnessRequest.
             * @typedef {mrn.v1.WitnessRequest.$Properties} mrn.v1.WitnessRequest.$Shape
             */

            /**
             * Constructs a new WitnessRequest.
             * @memberof mrn.v1
             * @classdesc Represents a WitnessRequest.
             * @constructor
             * @param {mrn.v1.WitnessRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WitnessRequest = function (properties) {
                this.consistencyProof = [];
                this.frontier = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WitnessRequest checkpoint.
             * @member {string} checkpoint
             * @memberof mrn.v1.WitnessRequest
             * @instance
             */
            WitnessRequest.prototype.checkpoint = "";

            /**
             * WitnessRequest oldSize.
             * @member {number|Long} oldSize
             * @memberof mrn.v1.WitnessRequest
             * @instance
             */
            WitnessRequest.prototype.oldSize = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * WitnessRequest consistencyProof.
             * @member {Array.<Uint8Array>} consistencyProof
             * @memberof mrn.v1.WitnessRequest
             * @instance
             */
            WitnessRequest.prototype.consistencyProof = $util.emptyArray;

            /**
             * WitnessRequest frontier.
             * @member {Array.<Uint8Array>} frontier
             * @memberof mrn.v1.WitnessRequest
             * @instance
             */
            WitnessRequest.prototype.frontier = $util.emptyArray;

            /**
             * Creates a new WitnessRequest instance using the specified properties.
             * @function create
             * @memberof mrn.v1.WitnessRequest
             * @static
             * @param {mrn.v1.WitnessRequest.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.WitnessRequest} WitnessRequest instance
             * @type {{
             *   (properties: mrn.v1.WitnessRequest.$Shape): mrn.v1.WitnessRequest & mrn.v1.WitnessRequest.$Shape;
             *   (properties?: mrn.v1.WitnessRequest.$Properties): mrn.v1.WitnessRequest;
             * }}
             */
            WitnessRequest.create = function(properties) {
                return new WitnessRequest(properties);
            };

            /**
             * Encodes the specified WitnessRequest message. Does not implicitly {@link mrn.v1.WitnessRequest.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.WitnessRequest
             * @static
             * @param {mrn.v1.WitnessRequest.$Properties} message WitnessRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WitnessRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint") && message.checkpoint !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.checkpoint);
                if (message.oldSize != null && $Object.hasOwnProperty.call(message, "oldSize") && (typeof message.oldSize === "object" ? message.oldSize.low || message.oldSize.high : message.oldSize !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.oldSize);
                if (message.consistencyProof != null && message.consistencyProof.length)
                    for (let i = 0; i < message.consistencyProof.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.consistencyProof[i]);
                if (message.frontier != null && message.frontier.length)
                    for (let i = 0; i < message.frontier.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.frontier[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WitnessRequest message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.WitnessRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.WitnessRequest & mrn.v1.WitnessRequest.$Shape} WitnessRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WitnessRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.WitnessRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.checkpoint = value;
                            else
                                delete message.checkpoint;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.oldSize = value;
                            else
                                delete message.oldSize;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.consistencyProof && message.consistencyProof.length))
                                message.consistencyProof = [];
                            message.consistencyProof.push(reader.bytes());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.frontier && message.frontier.length))
                                message.frontier = [];
                            message.frontier.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WitnessRequest
             * @function getTypeUrl
             * @memberof mrn.v1.WitnessRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WitnessRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.WitnessRequest";
            };

            return WitnessRequest;
        })();

        v1.WitnessResponse = (function() {

            /**
             * Properties of a WitnessResponse.
             * @typedef {Object} mrn.v1.WitnessResponse.$Properties
             * @property {mrn.v1.WitnessResponse.Status|null} [status] WitnessResponse status
             * @property {string|null} [cosignature] WitnessResponse cosignature
             * @property {number|Long|null} [lastSize] WitnessResponse lastSize
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WitnessResponse.
             * @memberof mrn.v1
             * @interface IWitnessResponse
             * @augments mrn.v1.WitnessResponse.$Properties
             * @deprecated Use mrn.v1.WitnessResponse.$Properties instead.
             */

            /**
             * Shape of a WitnessResponse.
             * @typedef {mrn.v1.WitnessResponse.$Properties} mrn.v1.WitnessResponse.$Shape
             */

            /**
             * Constructs a new WitnessResponse.
             * @memberof mrn.v1
             * @classdesc Represents a WitnessResponse.
             * @constructor
             * @param {mrn.v1.WitnessResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WitnessResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WitnessResponse status.
             * @member {mrn.v1.WitnessResponse.Status} status
             * @memberof mrn.v1.WitnessResponse
             * @instance
             */
            WitnessResponse.prototype.status = 0;

            /**
             * WitnessResponse cosignature.
             * @member {string} cosignature
             * @memberof mrn.v1.WitnessResponse
             * @instance
             */
            WitnessResponse.prototype.cosignature = "";

            /**
             * WitnessResponse lastSize.
             * @member {number|Long} lastSize
             * @memberof mrn.v1.WitnessResponse
             * @instance
             */
            WitnessResponse.prototype.lastSize = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new WitnessResponse instance using the specified properties.
             * @function create
             * @memberof mrn.v1.WitnessResponse
             * @static
             * @param {mrn.v1.WitnessResponse.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.WitnessResponse} WitnessResponse instance
             * @type {{
             *   (properties: mrn.v1.WitnessResponse.$Shape): mrn.v1.WitnessResponse & mrn.v1.WitnessResponse.$Shape;
             *   (properties?: mrn.v1.WitnessResponse.$Properties): mrn.v1.WitnessResponse;
             * }}
             */
            WitnessResponse.create = function(properties) {
                return new WitnessResponse(properties);
            };

            /**
             * Encodes the specified WitnessResponse message. Does not implicitly {@link mrn.v1.WitnessResponse.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.WitnessResponse
             * @static
             * @param {mrn.v1.WitnessResponse.$Properties} message WitnessResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WitnessResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
                if (message.cosignature != null && $Object.hasOwnProperty.call(message, "cosignature") && message.cosignature !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.cosignature);
                if (message.lastSize != null && $Object.hasOwnProperty.call(message, "lastSize") && (typeof message.lastSize === "object" ? message.lastSize.low || message.lastSize.high : message.lastSize !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.lastSize);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WitnessResponse message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.WitnessResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.WitnessResponse & mrn.v1.WitnessResponse.$Shape} WitnessResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WitnessResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.WitnessResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cosignature = value;
                            else
                                delete message.cosignature;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSize = value;
                            else
                                delete message.lastSize;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WitnessResponse
             * @function getTypeUrl
             * @memberof mrn.v1.WitnessResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WitnessResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.WitnessResponse";
            };

            /**
             * Status enum.
             * @name mrn.v1.WitnessResponse.Status
             * @enum {number}
             * @property {number} STATUS_UNSPECIFIED=0 STATUS_UNSPECIFIED value
             * @property {number} COSIGNED=1 COSIGNED value
             * @property {number} OLD_SIZE_MISMATCH=2 OLD_SIZE_MISMATCH value
             * @property {number} CONFLICT=3 CONFLICT value
             * @property {number} BAD_CHECKPOINT=4 BAD_CHECKPOINT value
             * @property {number} BAD_PROOF=5 BAD_PROOF value
             */
            WitnessResponse.Status = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "COSIGNED"] = 1;
                values[valuesById[2] = "OLD_SIZE_MISMATCH"] = 2;
                values[valuesById[3] = "CONFLICT"] = 3;
                values[valuesById[4] = "BAD_CHECKPOINT"] = 4;
                values[valuesById[5] = "BAD_PROOF"] = 5;
                return values;
            })();

            return WitnessResponse;
        })();

        v1.WitnessedRequest = (function() {

            /**
             * Properties of a WitnessedRequest.
             * @typedef {Object} mrn.v1.WitnessedRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WitnessedRequest.
             * @memberof mrn.v1
             * @interface IWitnessedRequest
             * @augments mrn.v1.WitnessedRequest.$Properties
             * @deprecated Use mrn.v1.WitnessedRequest.$Properties instead.
             */

            /**
             * Shape of a WitnessedRequest.
             * @typedef {mrn.v1.WitnessedRequest.$Properties} mrn.v1.WitnessedRequest.$Shape
             */

            /**
             * Constructs a new WitnessedRequest.
             * @memberof mrn.v1
             * @classdesc Represents a WitnessedRequest.
             * @constructor
             * @param {mrn.v1.WitnessedRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WitnessedRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new WitnessedRequest instance using the specified properties.
             * @function create
             * @memberof mrn.v1.WitnessedRequest
             * @static
             * @param {mrn.v1.WitnessedRequest.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.WitnessedRequest} WitnessedRequest instance
             * @type {{
             *   (properties: mrn.v1.WitnessedRequest.$Shape): mrn.v1.WitnessedRequest & mrn.v1.WitnessedRequest.$Shape;
             *   (properties?: mrn.v1.WitnessedRequest.$Properties): mrn.v1.WitnessedRequest;
             * }}
             */
            WitnessedRequest.create = function(properties) {
                return new WitnessedRequest(properties);
            };

            /**
             * Encodes the specified WitnessedRequest message. Does not implicitly {@link mrn.v1.WitnessedRequest.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.WitnessedRequest
             * @static
             * @param {mrn.v1.WitnessedRequest.$Properties} message WitnessedRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WitnessedRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WitnessedRequest message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.WitnessedRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.WitnessedRequest & mrn.v1.WitnessedRequest.$Shape} WitnessedRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WitnessedRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.WitnessedRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WitnessedRequest
             * @function getTypeUrl
             * @memberof mrn.v1.WitnessedRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WitnessedRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.WitnessedRequest";
            };

            return WitnessedRequest;
        })();

        v1.WitnessedResponse = (function() {

            /**
             * Properties of a WitnessedResponse.
             * @typedef {Object} mrn.v1.WitnessedResponse.$Properties
             * @property {string|null} [checkpoint] WitnessedResponse checkpoint
             * @property {Array.<Uint8Array>|null} [frontier] WitnessedResponse frontier
             * @property {string|null} [cosignature] WitnessedResponse cosignature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WitnessedResponse.
             * @memberof mrn.v1
             * @interface IWitnessedResponse
             * @augments mrn.v1.WitnessedResponse.$Properties
             * @deprecated Use mrn.v1.WitnessedResponse.$Properties instead.
             */

            /**
             * Shape of a WitnessedResponse.
             * @typedef {mrn.v1.WitnessedResponse.$Properties} mrn.v1.WitnessedResponse.$Shape
             */

            /**
             * Constructs a new WitnessedResponse.
             * @memberof mrn.v1
             * @classdesc Represents a WitnessedResponse.
             * @constructor
             * @param {mrn.v1.WitnessedResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WitnessedResponse = function (properties) {
                this.frontier = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WitnessedResponse checkpoint.
             * @member {string} checkpoint
             * @memberof mrn.v1.WitnessedResponse
             * @instance
             */
            WitnessedResponse.prototype.checkpoint = "";

            /**
             * WitnessedResponse frontier.
             * @member {Array.<Uint8Array>} frontier
             * @memberof mrn.v1.WitnessedResponse
             * @instance
             */
            WitnessedResponse.prototype.frontier = $util.emptyArray;

            /**
             * WitnessedResponse cosignature.
             * @member {string} cosignature
             * @memberof mrn.v1.WitnessedResponse
             * @instance
             */
            WitnessedResponse.prototype.cosignature = "";

            /**
             * Creates a new WitnessedResponse instance using the specified properties.
             * @function create
             * @memberof mrn.v1.WitnessedResponse
             * @static
             * @param {mrn.v1.WitnessedResponse.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.WitnessedResponse} WitnessedResponse instance
             * @type {{
             *   (properties: mrn.v1.WitnessedResponse.$Shape): mrn.v1.WitnessedResponse & mrn.v1.WitnessedResponse.$Shape;
             *   (properties?: mrn.v1.WitnessedResponse.$Properties): mrn.v1.WitnessedResponse;
             * }}
             */
            WitnessedResponse.create = function(properties) {
                return new WitnessedResponse(properties);
            };

            /**
             * Encodes the specified WitnessedResponse message. Does not implicitly {@link mrn.v1.WitnessedResponse.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.WitnessedResponse
             * @static
             * @param {mrn.v1.WitnessedResponse.$Properties} message WitnessedResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WitnessedResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint") && message.checkpoint !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.checkpoint);
                if (message.frontier != null && message.frontier.length)
                    for (let i = 0; i < message.frontier.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.frontier[i]);
                if (message.cosignature != null && $Object.hasOwnProperty.call(message, "cosignature") && message.cosignature !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.cosignature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WitnessedResponse message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.WitnessedResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.WitnessedResponse & mrn.v1.WitnessedResponse.$Shape} WitnessedResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WitnessedResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.WitnessedResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.checkpoint = value;
                            else
                                delete message.checkpoint;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.frontier && message.frontier.length))
                                message.frontier = [];
                            message.frontier.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cosignature = value;
                            else
                                delete message.cosignature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WitnessedResponse
             * @function getTypeUrl
             * @memberof mrn.v1.WitnessedResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WitnessedResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.WitnessedResponse";
            };

            return WitnessedResponse;
        })();

        v1.EvidenceRequest = (function() {

            /**
             * Properties of an EvidenceRequest.
             * @typedef {Object} mrn.v1.EvidenceRequest.$Properties
             * @property {number|Long|null} [leafIndex] EvidenceRequest leafIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvidenceRequest.
             * @memberof mrn.v1
             * @interface IEvidenceRequest
             * @augments mrn.v1.EvidenceRequest.$Properties
             * @deprecated Use mrn.v1.EvidenceRequest.$Properties instead.
             */

            /**
             * Shape of an EvidenceRequest.
             * @typedef {mrn.v1.EvidenceRequest.$Properties} mrn.v1.EvidenceRequest.$Shape
             */

            /**
             * Constructs a new EvidenceRequest.
             * @memberof mrn.v1
             * @classdesc Represents an EvidenceRequest.
             * @constructor
             * @param {mrn.v1.EvidenceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EvidenceRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EvidenceRequest leafIndex.
             * @member {number|Long} leafIndex
             * @memberof mrn.v1.EvidenceRequest
             * @instance
             */
            EvidenceRequest.prototype.leafIndex = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new EvidenceRequest instance using the specified properties.
             * @function create
             * @memberof mrn.v1.EvidenceRequest
             * @static
             * @param {mrn.v1.EvidenceRequest.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.EvidenceRequest} EvidenceRequest instance
             * @type {{
             *   (properties: mrn.v1.EvidenceRequest.$Shape): mrn.v1.EvidenceRequest & mrn.v1.EvidenceRequest.$Shape;
             *   (properties?: mrn.v1.EvidenceRequest.$Properties): mrn.v1.EvidenceRequest;
             * }}
             */
            EvidenceRequest.create = function(properties) {
                return new EvidenceRequest(properties);
            };

            /**
             * Encodes the specified EvidenceRequest message. Does not implicitly {@link mrn.v1.EvidenceRequest.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.EvidenceRequest
             * @static
             * @param {mrn.v1.EvidenceRequest.$Properties} message EvidenceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvidenceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.leafIndex != null && $Object.hasOwnProperty.call(message, "leafIndex") && (typeof message.leafIndex === "object" ? message.leafIndex.low || message.leafIndex.high : message.leafIndex !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.leafIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EvidenceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.EvidenceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.EvidenceRequest & mrn.v1.EvidenceRequest.$Shape} EvidenceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvidenceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.EvidenceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.leafIndex = value;
                            else
                                delete message.leafIndex;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for EvidenceRequest
             * @function getTypeUrl
             * @memberof mrn.v1.EvidenceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvidenceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.EvidenceRequest";
            };

            return EvidenceRequest;
        })();

        v1.EvidenceResponse = (function() {

            /**
             * Properties of an EvidenceResponse.
             * @typedef {Object} mrn.v1.EvidenceResponse.$Properties
             * @property {boolean|null} [found] EvidenceResponse found
             * @property {string|null} [checkpoint] EvidenceResponse checkpoint
             * @property {Uint8Array|null} [leafData] EvidenceResponse leafData
             * @property {Array.<Uint8Array>|null} [inclusionProof] EvidenceResponse inclusionProof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvidenceResponse.
             * @memberof mrn.v1
             * @interface IEvidenceResponse
             * @augments mrn.v1.EvidenceResponse.$Properties
             * @deprecated Use mrn.v1.EvidenceResponse.$Properties instead.
             */

            /**
             * Shape of an EvidenceResponse.
             * @typedef {mrn.v1.EvidenceResponse.$Properties} mrn.v1.EvidenceResponse.$Shape
             */

            /**
             * Constructs a new EvidenceResponse.
             * @memberof mrn.v1
             * @classdesc Represents an EvidenceResponse.
             * @constructor
             * @param {mrn.v1.EvidenceResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EvidenceResponse = function (properties) {
                this.inclusionProof = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EvidenceResponse found.
             * @member {boolean} found
             * @memberof mrn.v1.EvidenceResponse
             * @instance
             */
            EvidenceResponse.prototype.found = false;

            /**
             * EvidenceResponse checkpoint.
             * @member {string} checkpoint
             * @memberof mrn.v1.EvidenceResponse
             * @instance
             */
            EvidenceResponse.prototype.checkpoint = "";

            /**
             * EvidenceResponse leafData.
             * @member {Uint8Array} leafData
             * @memberof mrn.v1.EvidenceResponse
             * @instance
             */
            EvidenceResponse.prototype.leafData = $util.newBuffer([]);

            /**
             * EvidenceResponse inclusionProof.
             * @member {Array.<Uint8Array>} inclusionProof
             * @memberof mrn.v1.EvidenceResponse
             * @instance
             */
            EvidenceResponse.prototype.inclusionProof = $util.emptyArray;

            /**
             * Creates a new EvidenceResponse instance using the specified properties.
             * @function create
             * @memberof mrn.v1.EvidenceResponse
             * @static
             * @param {mrn.v1.EvidenceResponse.$Properties=} [properties] Properties to set
             * @returns {mrn.v1.EvidenceResponse} EvidenceResponse instance
             * @type {{
             *   (properties: mrn.v1.EvidenceResponse.$Shape): mrn.v1.EvidenceResponse & mrn.v1.EvidenceResponse.$Shape;
             *   (properties?: mrn.v1.EvidenceResponse.$Properties): mrn.v1.EvidenceResponse;
             * }}
             */
            EvidenceResponse.create = function(properties) {
                return new EvidenceResponse(properties);
            };

            /**
             * Encodes the specified EvidenceResponse message. Does not implicitly {@link mrn.v1.EvidenceResponse.verify|verify} messages.
             * @function encode
             * @memberof mrn.v1.EvidenceResponse
             * @static
             * @param {mrn.v1.EvidenceResponse.$Properties} message EvidenceResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvidenceResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.found);
                if (message.checkpoint != null && $Object.hasOwnProperty.call(message, "checkpoint") && message.checkpoint !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.checkpoint);
                if (message.leafData != null && $Object.hasOwnProperty.call(message, "leafData") && message.leafData.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.leafData);
                if (message.inclusionProof != null && message.inclusionProof.length)
                    for (let i = 0; i < message.inclusionProof.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.inclusionProof[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EvidenceResponse message from the specified reader or buffer.
             * @function decode
             * @memberof mrn.v1.EvidenceResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {mrn.v1.EvidenceResponse & mrn.v1.EvidenceResponse.$Shape} EvidenceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvidenceResponse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.mrn.v1.EvidenceResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.found = value;
                            else
                                delete message.found;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.checkpoint = value;
                            else
                                delete message.checkpoint;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.leafData = value;
                            else
                                delete message.leafData;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.inclusionProof && message.inclusionProof.length))
                                message.inclusionProof = [];
                            message.inclusionProof.push(reader.bytes());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for EvidenceResponse
             * @function getTypeUrl
             * @memberof mrn.v1.EvidenceResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EvidenceResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mrn.v1.EvidenceResponse";
            };

            return EvidenceResponse;
        })();

        return v1;
    })();

    return mrn;
})();

export {
  $root as default
};
