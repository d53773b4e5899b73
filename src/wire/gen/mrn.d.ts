import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace mrn. */
export namespace mrn {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of an AuditEntry.
         * @deprecated Use mrn.v1.AuditEntry.$Properties instead.
         */
        interface IAuditEntry extends mrn.v1.AuditEntry.$Properties {
        }

        /** Represents an AuditEntry. */
        class AuditEntry {

            /**
             * Constructs a new AuditEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.AuditEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuditEntry version. */
            version: number;

            /** AuditEntry atMs. */
            atMs: (number|Long);

            /** AuditEntry kind. */
            kind: mrn.v1.AuditEntry.Kind;

            /** AuditEntry requestId. */
            requestId: string;

            /** AuditEntry requester. */
            requester: string;

            /** AuditEntry purpose. */
            purpose: string;

            /** AuditEntry legalBasis. */
            legalBasis: string;

            /** AuditEntry caseReferenceHash. */
            caseReferenceHash: string;

            /** AuditEntry caseworker. */
            caseworker: string;

            /** AuditEntry role. */
            role: string;

            /** AuditEntry step. */
            step: string;

            /** AuditEntry status. */
            status: string;

            /** AuditEntry ruleIds. */
            ruleIds: string[];

            /** AuditEntry recordIds. */
            recordIds: string[];

            /** AuditEntry released. */
            released: mrn.v1.AuditEntry.ReleasedForm.$Properties[];

            /** AuditEntry withheld. */
            withheld: mrn.v1.AuditEntry.WithheldRule.$Properties[];

            /** AuditEntry guards. */
            guards: mrn.v1.AuditEntry.RecordGuard.$Properties[];

            /** AuditEntry queryHash. */
            queryHash: string;

            /** AuditEntry responseDigest. */
            responseDigest: string;

            /** AuditEntry peerId. */
            peerId: string;

            /** AuditEntry code. */
            code: string;

            /** AuditEntry requestDigest. */
            requestDigest: string;

            /** AuditEntry requests. */
            requests: mrn.v1.AuditEntry.SentRequest.$Properties[];

            /** AuditEntry responder. */
            responder: string;

            /** AuditEntry outcome. */
            outcome: string;

            /** AuditEntry peerAuditLeafIndex. */
            peerAuditLeafIndex: (number|Long);

            /** AuditEntry origin. */
            origin: string;

            /** AuditEntry size. */
            size: (number|Long);

            /** AuditEntry policyDigest. */
            policyDigest: string;

            /** AuditEntry federationDigest. */
            federationDigest: string;

            /** AuditEntry localCommitment. */
            localCommitment: Uint8Array;

            /** AuditEntry notAsked. */
            notAsked: mrn.v1.AuditEntry.GuardedCountry.$Properties[];

            /** AuditEntry askedUnderException. */
            askedUnderException: mrn.v1.AuditEntry.GuardedCountry.$Properties[];

            /** AuditEntry count. */
            count: number;

            /** AuditEntry windowStartMs. */
            windowStartMs: (number|Long);

            /** AuditEntry digestsHash. */
            digestsHash: string;

            /** AuditEntry action. */
            action: string;

            /** AuditEntry lostFrom. */
            lostFrom: (number|Long);

            /** AuditEntry lostTo. */
            lostTo: (number|Long);

            /** AuditEntry backupTakenAtMs. */
            backupTakenAtMs: (number|Long);

            /** AuditEntry membershipVersion. */
            membershipVersion: number;

            /**
             * Creates a new AuditEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuditEntry instance
             */
            static create(properties: mrn.v1.AuditEntry.$Shape): mrn.v1.AuditEntry & mrn.v1.AuditEntry.$Shape;
            static create(properties?: mrn.v1.AuditEntry.$Properties): mrn.v1.AuditEntry;

            /**
             * Encodes the specified AuditEntry message. Does not implicitly {@link mrn.v1.AuditEntry.verify|verify} messages.
             * @param message AuditEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.AuditEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuditEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.AuditEntry & mrn.v1.AuditEntry.$Shape} AuditEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.AuditEntry & mrn.v1.AuditEntry.$Shape;

            /**
             * Gets the type url for AuditEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuditEntry {

            /** Properties of an AuditEntry. */
            interface $Properties {

                /** AuditEntry version */
                version?: (number|null);

                /** AuditEntry atMs */
                atMs?: (number|Long|null);

                /** AuditEntry kind */
                kind?: (mrn.v1.AuditEntry.Kind|null);

                /** AuditEntry requestId */
                requestId?: (string|null);

                /** AuditEntry requester */
                requester?: (string|null);

                /** AuditEntry purpose */
                purpose?: (string|null);

                /** AuditEntry legalBasis */
                legalBasis?: (string|null);

                /** AuditEntry caseReferenceHash */
                caseReferenceHash?: (string|null);

                /** AuditEntry caseworker */
                caseworker?: (string|null);

                /** AuditEntry role */
                role?: (string|null);

                /** AuditEntry step */
                step?: (string|null);

                /** AuditEntry status */
                status?: (string|null);

                /** AuditEntry ruleIds */
                ruleIds?: (string[]|null);

                /** AuditEntry recordIds */
                recordIds?: (string[]|null);

                /** AuditEntry released */
                released?: (mrn.v1.AuditEntry.ReleasedForm.$Properties[]|null);

                /** AuditEntry withheld */
                withheld?: (mrn.v1.AuditEntry.WithheldRule.$Properties[]|null);

                /** AuditEntry guards */
                guards?: (mrn.v1.AuditEntry.RecordGuard.$Properties[]|null);

                /** AuditEntry queryHash */
                queryHash?: (string|null);

                /** AuditEntry responseDigest */
                responseDigest?: (string|null);

                /** AuditEntry peerId */
                peerId?: (string|null);

                /** AuditEntry code */
                code?: (string|null);

                /** AuditEntry requestDigest */
                requestDigest?: (string|null);

                /** AuditEntry requests */
                requests?: (mrn.v1.AuditEntry.SentRequest.$Properties[]|null);

                /** AuditEntry responder */
                responder?: (string|null);

                /** AuditEntry outcome */
                outcome?: (string|null);

                /** AuditEntry peerAuditLeafIndex */
                peerAuditLeafIndex?: (number|Long|null);

                /** AuditEntry origin */
                origin?: (string|null);

                /** AuditEntry size */
                size?: (number|Long|null);

                /** AuditEntry policyDigest */
                policyDigest?: (string|null);

                /** AuditEntry federationDigest */
                federationDigest?: (string|null);

                /** AuditEntry localCommitment */
                localCommitment?: (Uint8Array|null);

                /** AuditEntry notAsked */
                notAsked?: (mrn.v1.AuditEntry.GuardedCountry.$Properties[]|null);

                /** AuditEntry askedUnderException */
                askedUnderException?: (mrn.v1.AuditEntry.GuardedCountry.$Properties[]|null);

                /** AuditEntry count */
                count?: (number|null);

                /** AuditEntry windowStartMs */
                windowStartMs?: (number|Long|null);

                /** AuditEntry digestsHash */
                digestsHash?: (string|null);

                /** AuditEntry action */
                action?: (string|null);

                /** AuditEntry lostFrom */
                lostFrom?: (number|Long|null);

                /** AuditEntry lostTo */
                lostTo?: (number|Long|null);

                /** AuditEntry backupTakenAtMs */
                backupTakenAtMs?: (number|Long|null);

                /** AuditEntry membershipVersion */
                membershipVersion?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuditEntry. */
            type $Shape = mrn.v1.AuditEntry.$Properties;

            /** Kind enum. */
            enum Kind {

                /** KIND_UNSPECIFIED value */
                KIND_UNSPECIFIED = 0,

                /** QUERY_RECEIVED value */
                QUERY_RECEIVED = 1,

                /** QUERY_REJECTED value */
                QUERY_REJECTED = 2,

                /** QUERY_SENT value */
                QUERY_SENT = 3,

                /** RESPONSE_RECEIVED value */
                RESPONSE_RECEIVED = 4,

                /** NODE_STARTED value */
                NODE_STARTED = 5,

                /** NODE_STOPPED value */
                NODE_STOPPED = 6,

                /** CONNECTION_REFUSED value */
                CONNECTION_REFUSED = 7,

                /** WITNESS_REFUSED value */
                WITNESS_REFUSED = 8,

                /** COSIGNATURE_REFUSED value */
                COSIGNATURE_REFUSED = 9,

                /** POLICY_CHANGED value */
                POLICY_CHANGED = 10,

                /** FEDERATION_CHANGED value */
                FEDERATION_CHANGED = 11,

                /** QUERY_REFUSED value */
                QUERY_REFUSED = 12,

                /** QUERY_REFUSALS value */
                QUERY_REFUSALS = 13,

                /** ADMIN_ACTION value */
                ADMIN_ACTION = 14,

                /** LOG_RESTORED value */
                LOG_RESTORED = 15
            }

            /**
             * Properties of a ReleasedForm.
             * @deprecated Use mrn.v1.AuditEntry.ReleasedForm.$Properties instead.
             */
            interface IReleasedForm extends mrn.v1.AuditEntry.ReleasedForm.$Properties {
            }

            /** Represents a ReleasedForm. */
            class ReleasedForm {

                /**
                 * Constructs a new ReleasedForm.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mrn.v1.AuditEntry.ReleasedForm.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ReleasedForm field. */
                field: string;

                /** ReleasedForm form. */
                form: string;

                /** ReleasedForm ruleId. */
                ruleId: string;

                /**
                 * Creates a new ReleasedForm instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ReleasedForm instance
                 */
                static create(properties: mrn.v1.AuditEntry.ReleasedForm.$Shape): mrn.v1.AuditEntry.ReleasedForm & mrn.v1.AuditEntry.ReleasedForm.$Shape;
                static create(properties?: mrn.v1.AuditEntry.ReleasedForm.$Properties): mrn.v1.AuditEntry.ReleasedForm;

                /**
                 * Encodes the specified ReleasedForm message. Does not implicitly {@link mrn.v1.AuditEntry.ReleasedForm.verify|verify} messages.
                 * @param message ReleasedForm message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mrn.v1.AuditEntry.ReleasedForm.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ReleasedForm message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mrn.v1.AuditEntry.ReleasedForm & mrn.v1.AuditEntry.ReleasedForm.$Shape} ReleasedForm
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.AuditEntry.ReleasedForm & mrn.v1.AuditEntry.ReleasedForm.$Shape;

                /**
                 * Gets the type url for ReleasedForm
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace ReleasedForm {

                /** Properties of a ReleasedForm. */
                interface $Properties {

                    /** ReleasedForm field */
                    field?: (string|null);

                    /** ReleasedForm form */
                    form?: (string|null);

                    /** ReleasedForm ruleId */
                    ruleId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ReleasedForm. */
                type $Shape = mrn.v1.AuditEntry.ReleasedForm.$Properties;
            }

            /**
             * Properties of a WithheldRule.
             * @deprecated Use mrn.v1.AuditEntry.WithheldRule.$Properties instead.
             */
            interface IWithheldRule extends mrn.v1.AuditEntry.WithheldRule.$Properties {
            }

            /** Represents a WithheldRule. */
            class WithheldRule {

                /**
                 * Constructs a new WithheldRule.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mrn.v1.AuditEntry.WithheldRule.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** WithheldRule field. */
                field: string;

                /** WithheldRule ruleId. */
                ruleId: string;

                /**
                 * Creates a new WithheldRule instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns WithheldRule instance
                 */
                static create(properties: mrn.v1.AuditEntry.WithheldRule.$Shape): mrn.v1.AuditEntry.WithheldRule & mrn.v1.AuditEntry.WithheldRule.$Shape;
                static create(properties?: mrn.v1.AuditEntry.WithheldRule.$Properties): mrn.v1.AuditEntry.WithheldRule;

                /**
                 * Encodes the specified WithheldRule message. Does not implicitly {@link mrn.v1.AuditEntry.WithheldRule.verify|verify} messages.
                 * @param message WithheldRule message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mrn.v1.AuditEntry.WithheldRule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a WithheldRule message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mrn.v1.AuditEntry.WithheldRule & mrn.v1.AuditEntry.WithheldRule.$Shape} WithheldRule
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.AuditEntry.WithheldRule & mrn.v1.AuditEntry.WithheldRule.$Shape;

                /**
                 * Gets the type url for WithheldRule
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace WithheldRule {

                /** Properties of a WithheldRule. */
                interface $Properties {

                    /** WithheldRule field */
                    field?: (string|null);

                    /** WithheldRule ruleId */
                    ruleId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a WithheldRule. */
                type $Shape = mrn.v1.AuditEntry.WithheldRule.$Properties;
            }

            /**
             * Properties of a RecordGuard.
             * @deprecated Use mrn.v1.AuditEntry.RecordGuard.$Properties instead.
             */
            interface IRecordGuard extends mrn.v1.AuditEntry.RecordGuard.$Properties {
            }

            /** Represents a RecordGuard. */
            class RecordGuard {

                /**
                 * Constructs a new RecordGuard.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mrn.v1.AuditEntry.RecordGuard.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RecordGuard recordId. */
                recordId: string;

                /** RecordGuard guard. */
                guard: string;

                /**
                 * Creates a new RecordGuard instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RecordGuard instance
                 */
                static create(properties: mrn.v1.AuditEntry.RecordGuard.$Shape): mrn.v1.AuditEntry.RecordGuard & mrn.v1.AuditEntry.RecordGuard.$Shape;
                static create(properties?: mrn.v1.AuditEntry.RecordGuard.$Properties): mrn.v1.AuditEntry.RecordGuard;

                /**
                 * Encodes the specified RecordGuard message. Does not implicitly {@link mrn.v1.AuditEntry.RecordGuard.verify|verify} messages.
                 * @param message RecordGuard message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mrn.v1.AuditEntry.RecordGuard.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RecordGuard message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mrn.v1.AuditEntry.RecordGuard & mrn.v1.AuditEntry.RecordGuard.$Shape} RecordGuard
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.AuditEntry.RecordGuard & mrn.v1.AuditEntry.RecordGuard.$Shape;

                /**
                 * Gets the type url for RecordGuard
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace RecordGuard {

                /** Properties of a RecordGuard. */
                interface $Properties {

                    /** RecordGuard recordId */
                    recordId?: (string|null);

                    /** RecordGuard guard */
                    guard?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RecordGuard. */
                type $Shape = mrn.v1.AuditEntry.RecordGuard.$Properties;
            }

            /**
             * Properties of a GuardedCountry.
             * @deprecated Use mrn.v1.AuditEntry.GuardedCountry.$Properties instead.
             */
            interface IGuardedCountry extends mrn.v1.AuditEntry.GuardedCountry.$Properties {
            }

            /** Represents a GuardedCountry. */
            class GuardedCountry {

                /**
                 * Constructs a new GuardedCountry.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mrn.v1.AuditEntry.GuardedCountry.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GuardedCountry country. */
                country: string;

                /** GuardedCountry guard. */
                guard: string;

                /**
                 * Creates a new GuardedCountry instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GuardedCountry instance
                 */
                static create(properties: mrn.v1.AuditEntry.GuardedCountry.$Shape): mrn.v1.AuditEntry.GuardedCountry & mrn.v1.AuditEntry.GuardedCountry.$Shape;
                static create(properties?: mrn.v1.AuditEntry.GuardedCountry.$Properties): mrn.v1.AuditEntry.GuardedCountry;

                /**
                 * Encodes the specified GuardedCountry message. Does not implicitly {@link mrn.v1.AuditEntry.GuardedCountry.verify|verify} messages.
                 * @param message GuardedCountry message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mrn.v1.AuditEntry.GuardedCountry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GuardedCountry message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mrn.v1.AuditEntry.GuardedCountry & mrn.v1.AuditEntry.GuardedCountry.$Shape} GuardedCountry
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.AuditEntry.GuardedCountry & mrn.v1.AuditEntry.GuardedCountry.$Shape;

                /**
                 * Gets the type url for GuardedCountry
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace GuardedCountry {

                /** Properties of a GuardedCountry. */
                interface $Properties {

                    /** GuardedCountry country */
                    country?: (string|null);

                    /** GuardedCountry guard */
                    guard?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GuardedCountry. */
                type $Shape = mrn.v1.AuditEntry.GuardedCountry.$Properties;
            }

            /**
             * Properties of a SentRequest.
             * @deprecated Use mrn.v1.AuditEntry.SentRequest.$Properties instead.
             */
            interface ISentRequest extends mrn.v1.AuditEntry.SentRequest.$Properties {
            }

            /** Represents a SentRequest. */
            class SentRequest {

                /**
                 * Constructs a new SentRequest.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mrn.v1.AuditEntry.SentRequest.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SentRequest country. */
                country: string;

                /** SentRequest requestId. */
                requestId: string;

                /**
                 * Creates a new SentRequest instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SentRequest instance
                 */
                static create(properties: mrn.v1.AuditEntry.SentRequest.$Shape): mrn.v1.AuditEntry.SentRequest & mrn.v1.AuditEntry.SentRequest.$Shape;
                static create(properties?: mrn.v1.AuditEntry.SentRequest.$Properties): mrn.v1.AuditEntry.SentRequest;

                /**
                 * Encodes the specified SentRequest message. Does not implicitly {@link mrn.v1.AuditEntry.SentRequest.verify|verify} messages.
                 * @param message SentRequest message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mrn.v1.AuditEntry.SentRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SentRequest message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mrn.v1.AuditEntry.SentRequest & mrn.v1.AuditEntry.SentRequest.$Shape} SentRequest
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.AuditEntry.SentRequest & mrn.v1.AuditEntry.SentRequest.$Shape;

                /**
                 * Gets the type url for SentRequest
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace SentRequest {

                /** Properties of a SentRequest. */
                interface $Properties {

                    /** SentRequest country */
                    country?: (string|null);

                    /** SentRequest requestId */
                    requestId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SentRequest. */
                type $Shape = mrn.v1.AuditEntry.SentRequest.$Properties;
            }
        }

        /**
         * Properties of a LocalDecisions.
         * @deprecated Use mrn.v1.LocalDecisions.$Properties instead.
         */
        interface ILocalDecisions extends mrn.v1.LocalDecisions.$Properties {
        }

        /** Represents a LocalDecisions. */
        class LocalDecisions {

            /**
             * Constructs a new LocalDecisions.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.LocalDecisions.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocalDecisions ruleIds. */
            ruleIds: string[];

            /** LocalDecisions recordIds. */
            recordIds: string[];

            /** LocalDecisions guards. */
            guards: mrn.v1.AuditEntry.RecordGuard.$Properties[];

            /** LocalDecisions padding. */
            padding: Uint8Array;

            /**
             * Creates a new LocalDecisions instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocalDecisions instance
             */
            static create(properties: mrn.v1.LocalDecisions.$Shape): mrn.v1.LocalDecisions & mrn.v1.LocalDecisions.$Shape;
            static create(properties?: mrn.v1.LocalDecisions.$Properties): mrn.v1.LocalDecisions;

            /**
             * Encodes the specified LocalDecisions message. Does not implicitly {@link mrn.v1.LocalDecisions.verify|verify} messages.
             * @param message LocalDecisions message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.LocalDecisions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocalDecisions message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.LocalDecisions & mrn.v1.LocalDecisions.$Shape} LocalDecisions
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.LocalDecisions & mrn.v1.LocalDecisions.$Shape;

            /**
             * Gets the type url for LocalDecisions
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LocalDecisions {

            /** Properties of a LocalDecisions. */
            interface $Properties {

                /** LocalDecisions ruleIds */
                ruleIds?: (string[]|null);

                /** LocalDecisions recordIds */
                recordIds?: (string[]|null);

                /** LocalDecisions guards */
                guards?: (mrn.v1.AuditEntry.RecordGuard.$Properties[]|null);

                /** LocalDecisions padding */
                padding?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocalDecisions. */
            type $Shape = mrn.v1.LocalDecisions.$Properties;
        }

        /**
         * Properties of a MembershipDocument.
         * @deprecated Use mrn.v1.MembershipDocument.$Properties instead.
         */
        interface IMembershipDocument extends mrn.v1.MembershipDocument.$Properties {
        }

        /** Represents a MembershipDocument. */
        class MembershipDocument {

            /**
             * Constructs a new MembershipDocument.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.MembershipDocument.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MembershipDocument federation. */
            federation: string;

            /** MembershipDocument version. */
            version: number;

            /** MembershipDocument issuedAtMs. */
            issuedAtMs: (number|Long);

            /** MembershipDocument members. */
            members: mrn.v1.MembershipDocument.Member.$Properties[];

            /**
             * Creates a new MembershipDocument instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MembershipDocument instance
             */
            static create(properties: mrn.v1.MembershipDocument.$Shape): mrn.v1.MembershipDocument & mrn.v1.MembershipDocument.$Shape;
            static create(properties?: mrn.v1.MembershipDocument.$Properties): mrn.v1.MembershipDocument;

            /**
             * Encodes the specified MembershipDocument message. Does not implicitly {@link mrn.v1.MembershipDocument.verify|verify} messages.
             * @param message MembershipDocument message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.MembershipDocument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MembershipDocument message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.MembershipDocument & mrn.v1.MembershipDocument.$Shape} MembershipDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.MembershipDocument & mrn.v1.MembershipDocument.$Shape;

            /**
             * Gets the type url for MembershipDocument
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MembershipDocument {

            /** Properties of a MembershipDocument. */
            interface $Properties {

                /** MembershipDocument federation */
                federation?: (string|null);

                /** MembershipDocument version */
                version?: (number|null);

                /** MembershipDocument issuedAtMs */
                issuedAtMs?: (number|Long|null);

                /** MembershipDocument members */
                members?: (mrn.v1.MembershipDocument.Member.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MembershipDocument. */
            type $Shape = mrn.v1.MembershipDocument.$Properties;

            /**
             * Properties of a PreviousKey.
             * @deprecated Use mrn.v1.MembershipDocument.PreviousKey.$Properties instead.
             */
            interface IPreviousKey extends mrn.v1.MembershipDocument.PreviousKey.$Properties {
            }

            /** Represents a PreviousKey. */
            class PreviousKey {

                /**
                 * Constructs a new PreviousKey.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mrn.v1.MembershipDocument.PreviousKey.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PreviousKey peerId. */
                peerId: string;

                /** PreviousKey replacedAtMs. */
                replacedAtMs: (number|Long);

                /** PreviousKey acceptedUntilMs. */
                acceptedUntilMs: (number|Long);

                /**
                 * Creates a new PreviousKey instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PreviousKey instance
                 */
                static create(properties: mrn.v1.MembershipDocument.PreviousKey.$Shape): mrn.v1.MembershipDocument.PreviousKey & mrn.v1.MembershipDocument.PreviousKey.$Shape;
                static create(properties?: mrn.v1.MembershipDocument.PreviousKey.$Properties): mrn.v1.MembershipDocument.PreviousKey;

                /**
                 * Encodes the specified PreviousKey message. Does not implicitly {@link mrn.v1.MembershipDocument.PreviousKey.verify|verify} messages.
                 * @param message PreviousKey message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mrn.v1.MembershipDocument.PreviousKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PreviousKey message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mrn.v1.MembershipDocument.PreviousKey & mrn.v1.MembershipDocument.PreviousKey.$Shape} PreviousKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.MembershipDocument.PreviousKey & mrn.v1.MembershipDocument.PreviousKey.$Shape;

                /**
                 * Gets the type url for PreviousKey
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace PreviousKey {

                /** Properties of a PreviousKey. */
                interface $Properties {

                    /** PreviousKey peerId */
                    peerId?: (string|null);

                    /** PreviousKey replacedAtMs */
                    replacedAtMs?: (number|Long|null);

                    /** PreviousKey acceptedUntilMs */
                    acceptedUntilMs?: (number|Long|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PreviousKey. */
                type $Shape = mrn.v1.MembershipDocument.PreviousKey.$Properties;
            }

            /**
             * Properties of a Member.
             * @deprecated Use mrn.v1.MembershipDocument.Member.$Properties instead.
             */
            interface IMember extends mrn.v1.MembershipDocument.Member.$Properties {
            }

            /** Represents a Member. */
            class Member {

                /**
                 * Constructs a new Member.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: mrn.v1.MembershipDocument.Member.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Member country. */
                country: string;

                /** Member peerId. */
                peerId: string;

                /** Member addresses. */
                addresses: string[];

                /** Member groups. */
                groups: string[];

                /** Member validUntilMs. */
                validUntilMs: (number|Long);

                /** Member previousKeys. */
                previousKeys: mrn.v1.MembershipDocument.PreviousKey.$Properties[];

                /** Member logPeerId. */
                logPeerId: string;

                /**
                 * Creates a new Member instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Member instance
                 */
                static create(properties: mrn.v1.MembershipDocument.Member.$Shape): mrn.v1.MembershipDocument.Member & mrn.v1.MembershipDocument.Member.$Shape;
                static create(properties?: mrn.v1.MembershipDocument.Member.$Properties): mrn.v1.MembershipDocument.Member;

                /**
                 * Encodes the specified Member message. Does not implicitly {@link mrn.v1.MembershipDocument.Member.verify|verify} messages.
                 * @param message Member message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: mrn.v1.MembershipDocument.Member.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Member message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {mrn.v1.MembershipDocument.Member & mrn.v1.MembershipDocument.Member.$Shape} Member
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.MembershipDocument.Member & mrn.v1.MembershipDocument.Member.$Shape;

                /**
                 * Gets the type url for Member
                 * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                 * @returns The type url
                 */
                static getTypeUrl(prefix?: string): string;
            }

            namespace Member {

                /** Properties of a Member. */
                interface $Properties {

                    /** Member country */
                    country?: (string|null);

                    /** Member peerId */
                    peerId?: (string|null);

                    /** Member addresses */
                    addresses?: (string[]|null);

                    /** Member groups */
                    groups?: (string[]|null);

                    /** Member validUntilMs */
                    validUntilMs?: (number|Long|null);

                    /** Member previousKeys */
                    previousKeys?: (mrn.v1.MembershipDocument.PreviousKey.$Properties[]|null);

                    /** Member logPeerId */
                    logPeerId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Member. */
                type $Shape = mrn.v1.MembershipDocument.Member.$Properties;
            }
        }

        /**
         * Properties of a SignedMembership.
         * @deprecated Use mrn.v1.SignedMembership.$Properties instead.
         */
        interface ISignedMembership extends mrn.v1.SignedMembership.$Properties {
        }

        /** Represents a SignedMembership. */
        class SignedMembership {

            /**
             * Constructs a new SignedMembership.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.SignedMembership.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedMembership document. */
            document: Uint8Array;

            /** SignedMembership signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedMembership instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedMembership instance
             */
            static create(properties: mrn.v1.SignedMembership.$Shape): mrn.v1.SignedMembership & mrn.v1.SignedMembership.$Shape;
            static create(properties?: mrn.v1.SignedMembership.$Properties): mrn.v1.SignedMembership;

            /**
             * Encodes the specified SignedMembership message. Does not implicitly {@link mrn.v1.SignedMembership.verify|verify} messages.
             * @param message SignedMembership message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.SignedMembership.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedMembership message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.SignedMembership & mrn.v1.SignedMembership.$Shape} SignedMembership
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.SignedMembership & mrn.v1.SignedMembership.$Shape;

            /**
             * Gets the type url for SignedMembership
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedMembership {

            /** Properties of a SignedMembership. */
            interface $Properties {

                /** SignedMembership document */
                document?: (Uint8Array|null);

                /** SignedMembership signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedMembership. */
            type $Shape = mrn.v1.SignedMembership.$Properties;
        }

        /**
         * Properties of a MembershipRequest.
         * @deprecated Use mrn.v1.MembershipRequest.$Properties instead.
         */
        interface IMembershipRequest extends mrn.v1.MembershipRequest.$Properties {
        }

        /** Represents a MembershipRequest. */
        class MembershipRequest {

            /**
             * Constructs a new MembershipRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.MembershipRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MembershipRequest haveVersion. */
            haveVersion: number;

            /**
             * Creates a new MembershipRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MembershipRequest instance
             */
            static create(properties: mrn.v1.MembershipRequest.$Shape): mrn.v1.MembershipRequest & mrn.v1.MembershipRequest.$Shape;
            static create(properties?: mrn.v1.MembershipRequest.$Properties): mrn.v1.MembershipRequest;

            /**
             * Encodes the specified MembershipRequest message. Does not implicitly {@link mrn.v1.MembershipRequest.verify|verify} messages.
             * @param message MembershipRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.MembershipRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MembershipRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.MembershipRequest & mrn.v1.MembershipRequest.$Shape} MembershipRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.MembershipRequest & mrn.v1.MembershipRequest.$Shape;

            /**
             * Gets the type url for MembershipRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MembershipRequest {

            /** Properties of a MembershipRequest. */
            interface $Properties {

                /** MembershipRequest haveVersion */
                haveVersion?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MembershipRequest. */
            type $Shape = mrn.v1.MembershipRequest.$Properties;
        }

        /**
         * Properties of a MembershipResponse.
         * @deprecated Use mrn.v1.MembershipResponse.$Properties instead.
         */
        interface IMembershipResponse extends mrn.v1.MembershipResponse.$Properties {
        }

        /** Represents a MembershipResponse. */
        class MembershipResponse {

            /**
             * Constructs a new MembershipResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.MembershipResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MembershipResponse signedMembership. */
            signedMembership: Uint8Array;

            /**
             * Creates a new MembershipResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MembershipResponse instance
             */
            static create(properties: mrn.v1.MembershipResponse.$Shape): mrn.v1.MembershipResponse & mrn.v1.MembershipResponse.$Shape;
            static create(properties?: mrn.v1.MembershipResponse.$Properties): mrn.v1.MembershipResponse;

            /**
             * Encodes the specified MembershipResponse message. Does not implicitly {@link mrn.v1.MembershipResponse.verify|verify} messages.
             * @param message MembershipResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.MembershipResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MembershipResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.MembershipResponse & mrn.v1.MembershipResponse.$Shape} MembershipResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.MembershipResponse & mrn.v1.MembershipResponse.$Shape;

            /**
             * Gets the type url for MembershipResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MembershipResponse {

            /** Properties of a MembershipResponse. */
            interface $Properties {

                /** MembershipResponse signedMembership */
                signedMembership?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MembershipResponse. */
            type $Shape = mrn.v1.MembershipResponse.$Properties;
        }

        /**
         * Properties of a KeyRotation.
         * @deprecated Use mrn.v1.KeyRotation.$Properties instead.
         */
        interface IKeyRotation extends mrn.v1.KeyRotation.$Properties {
        }

        /** Represents a KeyRotation. */
        class KeyRotation {

            /**
             * Constructs a new KeyRotation.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.KeyRotation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** KeyRotation country. */
            country: string;

            /** KeyRotation logPeerId. */
            logPeerId: string;

            /** KeyRotation oldPeerId. */
            oldPeerId: string;

            /** KeyRotation newPeerId. */
            newPeerId: string;

            /** KeyRotation issuedAtMs. */
            issuedAtMs: (number|Long);

            /** KeyRotation acceptedUntilMs. */
            acceptedUntilMs: (number|Long);

            /** KeyRotation addresses. */
            addresses: string[];

            /**
             * Creates a new KeyRotation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns KeyRotation instance
             */
            static create(properties: mrn.v1.KeyRotation.$Shape): mrn.v1.KeyRotation & mrn.v1.KeyRotation.$Shape;
            static create(properties?: mrn.v1.KeyRotation.$Properties): mrn.v1.KeyRotation;

            /**
             * Encodes the specified KeyRotation message. Does not implicitly {@link mrn.v1.KeyRotation.verify|verify} messages.
             * @param message KeyRotation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.KeyRotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a KeyRotation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.KeyRotation & mrn.v1.KeyRotation.$Shape} KeyRotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.KeyRotation & mrn.v1.KeyRotation.$Shape;

            /**
             * Gets the type url for KeyRotation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeyRotation {

            /** Properties of a KeyRotation. */
            interface $Properties {

                /** KeyRotation country */
                country?: (string|null);

                /** KeyRotation logPeerId */
                logPeerId?: (string|null);

                /** KeyRotation oldPeerId */
                oldPeerId?: (string|null);

                /** KeyRotation newPeerId */
                newPeerId?: (string|null);

                /** KeyRotation issuedAtMs */
                issuedAtMs?: (number|Long|null);

                /** KeyRotation acceptedUntilMs */
                acceptedUntilMs?: (number|Long|null);

                /** KeyRotation addresses */
                addresses?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a KeyRotation. */
            type $Shape = mrn.v1.KeyRotation.$Properties;
        }

        /**
         * Properties of a SignedKeyRotation.
         * @deprecated Use mrn.v1.SignedKeyRotation.$Properties instead.
         */
        interface ISignedKeyRotation extends mrn.v1.SignedKeyRotation.$Properties {
        }

        /** Represents a SignedKeyRotation. */
        class SignedKeyRotation {

            /**
             * Constructs a new SignedKeyRotation.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.SignedKeyRotation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedKeyRotation statement. */
            statement: Uint8Array;

            /** SignedKeyRotation oldKeySignature. */
            oldKeySignature: Uint8Array;

            /** SignedKeyRotation newKeySignature. */
            newKeySignature: Uint8Array;

            /**
             * Creates a new SignedKeyRotation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedKeyRotation instance
             */
            static create(properties: mrn.v1.SignedKeyRotation.$Shape): mrn.v1.SignedKeyRotation & mrn.v1.SignedKeyRotation.$Shape;
            static create(properties?: mrn.v1.SignedKeyRotation.$Properties): mrn.v1.SignedKeyRotation;

            /**
             * Encodes the specified SignedKeyRotation message. Does not implicitly {@link mrn.v1.SignedKeyRotation.verify|verify} messages.
             * @param message SignedKeyRotation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.SignedKeyRotation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedKeyRotation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.SignedKeyRotation & mrn.v1.SignedKeyRotation.$Shape} SignedKeyRotation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.SignedKeyRotation & mrn.v1.SignedKeyRotation.$Shape;

            /**
             * Gets the type url for SignedKeyRotation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedKeyRotation {

            /** Properties of a SignedKeyRotation. */
            interface $Properties {

                /** SignedKeyRotation statement */
                statement?: (Uint8Array|null);

                /** SignedKeyRotation oldKeySignature */
                oldKeySignature?: (Uint8Array|null);

                /** SignedKeyRotation newKeySignature */
                newKeySignature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedKeyRotation. */
            type $Shape = mrn.v1.SignedKeyRotation.$Properties;
        }

        /**
         * Properties of a SignedEnvelope.
         * @deprecated Use mrn.v1.SignedEnvelope.$Properties instead.
         */
        interface ISignedEnvelope extends mrn.v1.SignedEnvelope.$Properties {
        }

        /** Represents a SignedEnvelope. */
        class SignedEnvelope {

            /**
             * Constructs a new SignedEnvelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.SignedEnvelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedEnvelope body. */
            body: Uint8Array;

            /** SignedEnvelope signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedEnvelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedEnvelope instance
             */
            static create(properties: mrn.v1.SignedEnvelope.$Shape): mrn.v1.SignedEnvelope & mrn.v1.SignedEnvelope.$Shape;
            static create(properties?: mrn.v1.SignedEnvelope.$Properties): mrn.v1.SignedEnvelope;

            /**
             * Encodes the specified SignedEnvelope message. Does not implicitly {@link mrn.v1.SignedEnvelope.verify|verify} messages.
             * @param message SignedEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.SignedEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedEnvelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.SignedEnvelope & mrn.v1.SignedEnvelope.$Shape} SignedEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.SignedEnvelope & mrn.v1.SignedEnvelope.$Shape;

            /**
             * Gets the type url for SignedEnvelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedEnvelope {

            /** Properties of a SignedEnvelope. */
            interface $Properties {

                /** SignedEnvelope body */
                body?: (Uint8Array|null);

                /** SignedEnvelope signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedEnvelope. */
            type $Shape = mrn.v1.SignedEnvelope.$Properties;
        }

        /** Purpose enum. */
        enum Purpose {

            /** PURPOSE_UNSPECIFIED value */
            PURPOSE_UNSPECIFIED = 0,

            /** ASYLUM_RESPONSIBILITY value */
            ASYLUM_RESPONSIBILITY = 1,

            /** FAMILY_REUNIFICATION value */
            FAMILY_REUNIFICATION = 2,

            /** RETURN_READMISSION value */
            RETURN_READMISSION = 3,

            /** BORDER_CHECK value */
            BORDER_CHECK = 4,

            /** PROTECTION_VERIFICATION value */
            PROTECTION_VERIFICATION = 5,

            /** STATISTICS value */
            STATISTICS = 6
        }

        /**
         * Properties of a PartialDate.
         * @deprecated Use mrn.v1.PartialDate.$Properties instead.
         */
        interface IPartialDate extends mrn.v1.PartialDate.$Properties {
        }

        /** Represents a PartialDate. */
        class PartialDate {

            /**
             * Constructs a new PartialDate.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.PartialDate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PartialDate year. */
            year: number;

            /** PartialDate month. */
            month: number;

            /** PartialDate day. */
            day: number;

            /**
             * Creates a new PartialDate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PartialDate instance
             */
            static create(properties: mrn.v1.PartialDate.$Shape): mrn.v1.PartialDate & mrn.v1.PartialDate.$Shape;
            static create(properties?: mrn.v1.PartialDate.$Properties): mrn.v1.PartialDate;

            /**
             * Encodes the specified PartialDate message. Does not implicitly {@link mrn.v1.PartialDate.verify|verify} messages.
             * @param message PartialDate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.PartialDate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PartialDate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.PartialDate & mrn.v1.PartialDate.$Shape} PartialDate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.PartialDate & mrn.v1.PartialDate.$Shape;

            /**
             * Gets the type url for PartialDate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PartialDate {

            /** Properties of a PartialDate. */
            interface $Properties {

                /** PartialDate year */
                year?: (number|null);

                /** PartialDate month */
                month?: (number|null);

                /** PartialDate day */
                day?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PartialDate. */
            type $Shape = mrn.v1.PartialDate.$Properties;
        }

        /**
         * Properties of a PersonName.
         * @deprecated Use mrn.v1.PersonName.$Properties instead.
         */
        interface IPersonName extends mrn.v1.PersonName.$Properties {
        }

        /** Represents a PersonName. */
        class PersonName {

            /**
             * Constructs a new PersonName.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.PersonName.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PersonName given. */
            given: string;

            /** PersonName family. */
            family: string;

            /** PersonName script. */
            script: string;

            /** PersonName transliterated. */
            transliterated: boolean;

            /**
             * Creates a new PersonName instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PersonName instance
             */
            static create(properties: mrn.v1.PersonName.$Shape): mrn.v1.PersonName & mrn.v1.PersonName.$Shape;
            static create(properties?: mrn.v1.PersonName.$Properties): mrn.v1.PersonName;

            /**
             * Encodes the specified PersonName message. Does not implicitly {@link mrn.v1.PersonName.verify|verify} messages.
             * @param message PersonName message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.PersonName.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PersonName message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.PersonName & mrn.v1.PersonName.$Shape} PersonName
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.PersonName & mrn.v1.PersonName.$Shape;

            /**
             * Gets the type url for PersonName
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PersonName {

            /** Properties of a PersonName. */
            interface $Properties {

                /** PersonName given */
                given?: (string|null);

                /** PersonName family */
                family?: (string|null);

                /** PersonName script */
                script?: (string|null);

                /** PersonName transliterated */
                transliterated?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PersonName. */
            type $Shape = mrn.v1.PersonName.$Properties;
        }

        /**
         * Properties of an IdentityDocument.
         * @deprecated Use mrn.v1.IdentityDocument.$Properties instead.
         */
        interface IIdentityDocument extends mrn.v1.IdentityDocument.$Properties {
        }

        /** Represents an IdentityDocument. */
        class IdentityDocument {

            /**
             * Constructs a new IdentityDocument.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.IdentityDocument.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IdentityDocument type. */
            type: string;

            /** IdentityDocument number. */
            number: string;

            /** IdentityDocument issuer. */
            issuer: string;

            /**
             * Creates a new IdentityDocument instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IdentityDocument instance
             */
            static create(properties: mrn.v1.IdentityDocument.$Shape): mrn.v1.IdentityDocument & mrn.v1.IdentityDocument.$Shape;
            static create(properties?: mrn.v1.IdentityDocument.$Properties): mrn.v1.IdentityDocument;

            /**
             * Encodes the specified IdentityDocument message. Does not implicitly {@link mrn.v1.IdentityDocument.verify|verify} messages.
             * @param message IdentityDocument message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.IdentityDocument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IdentityDocument message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.IdentityDocument & mrn.v1.IdentityDocument.$Shape} IdentityDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.IdentityDocument & mrn.v1.IdentityDocument.$Shape;

            /**
             * Gets the type url for IdentityDocument
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IdentityDocument {

            /** Properties of an IdentityDocument. */
            interface $Properties {

                /** IdentityDocument type */
                type?: (string|null);

                /** IdentityDocument number */
                number?: (string|null);

                /** IdentityDocument issuer */
                issuer?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IdentityDocument. */
            type $Shape = mrn.v1.IdentityDocument.$Properties;
        }

        /**
         * Properties of an IdentifyQuery.
         * @deprecated Use mrn.v1.IdentifyQuery.$Properties instead.
         */
        interface IIdentifyQuery extends mrn.v1.IdentifyQuery.$Properties {
        }

        /** Represents an IdentifyQuery. */
        class IdentifyQuery {

            /**
             * Constructs a new IdentifyQuery.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.IdentifyQuery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IdentifyQuery names. */
            names: mrn.v1.PersonName.$Properties[];

            /** IdentifyQuery dateOfBirth. */
            dateOfBirth?: (mrn.v1.PartialDate.$Properties|null);

            /** IdentifyQuery sex. */
            sex: string;

            /** IdentifyQuery nationalities. */
            nationalities: string[];

            /** IdentifyQuery documents. */
            documents: mrn.v1.IdentityDocument.$Properties[];

            /** IdentifyQuery placeOfBirth. */
            placeOfBirth: string;

            /** IdentifyQuery placeOfBirthCountry. */
            placeOfBirthCountry: string;

            /**
             * Creates a new IdentifyQuery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IdentifyQuery instance
             */
            static create(properties: mrn.v1.IdentifyQuery.$Shape): mrn.v1.IdentifyQuery & mrn.v1.IdentifyQuery.$Shape;
            static create(properties?: mrn.v1.IdentifyQuery.$Properties): mrn.v1.IdentifyQuery;

            /**
             * Encodes the specified IdentifyQuery message. Does not implicitly {@link mrn.v1.IdentifyQuery.verify|verify} messages.
             * @param message IdentifyQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.IdentifyQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IdentifyQuery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.IdentifyQuery & mrn.v1.IdentifyQuery.$Shape} IdentifyQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.IdentifyQuery & mrn.v1.IdentifyQuery.$Shape;

            /**
             * Gets the type url for IdentifyQuery
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IdentifyQuery {

            /** Properties of an IdentifyQuery. */
            interface $Properties {

                /** IdentifyQuery names */
                names?: (mrn.v1.PersonName.$Properties[]|null);

                /** IdentifyQuery dateOfBirth */
                dateOfBirth?: (mrn.v1.PartialDate.$Properties|null);

                /** IdentifyQuery sex */
                sex?: (string|null);

                /** IdentifyQuery nationalities */
                nationalities?: (string[]|null);

                /** IdentifyQuery documents */
                documents?: (mrn.v1.IdentityDocument.$Properties[]|null);

                /** IdentifyQuery placeOfBirth */
                placeOfBirth?: (string|null);

                /** IdentifyQuery placeOfBirthCountry */
                placeOfBirthCountry?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IdentifyQuery. */
            type $Shape = mrn.v1.IdentifyQuery.$Properties;
        }

        /**
         * Properties of a DetailsQuery.
         * @deprecated Use mrn.v1.DetailsQuery.$Properties instead.
         */
        interface IDetailsQuery extends mrn.v1.DetailsQuery.$Properties {
        }

        /** Represents a DetailsQuery. */
        class DetailsQuery {

            /**
             * Constructs a new DetailsQuery.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.DetailsQuery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DetailsQuery handle. */
            handle: Uint8Array;

            /** DetailsQuery fields. */
            fields: string[];

            /** DetailsQuery confirmDocuments. */
            confirmDocuments: mrn.v1.IdentityDocument.$Properties[];

            /** DetailsQuery confirmDateOfBirth. */
            confirmDateOfBirth?: (mrn.v1.PartialDate.$Properties|null);

            /**
             * Creates a new DetailsQuery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DetailsQuery instance
             */
            static create(properties: mrn.v1.DetailsQuery.$Shape): mrn.v1.DetailsQuery & mrn.v1.DetailsQuery.$Shape;
            static create(properties?: mrn.v1.DetailsQuery.$Properties): mrn.v1.DetailsQuery;

            /**
             * Encodes the specified DetailsQuery message. Does not implicitly {@link mrn.v1.DetailsQuery.verify|verify} messages.
             * @param message DetailsQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.DetailsQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DetailsQuery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.DetailsQuery & mrn.v1.DetailsQuery.$Shape} DetailsQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.DetailsQuery & mrn.v1.DetailsQuery.$Shape;

            /**
             * Gets the type url for DetailsQuery
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DetailsQuery {

            /** Properties of a DetailsQuery. */
            interface $Properties {

                /** DetailsQuery handle */
                handle?: (Uint8Array|null);

                /** DetailsQuery fields */
                fields?: (string[]|null);

                /** DetailsQuery confirmDocuments */
                confirmDocuments?: (mrn.v1.IdentityDocument.$Properties[]|null);

                /** DetailsQuery confirmDateOfBirth */
                confirmDateOfBirth?: (mrn.v1.PartialDate.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DetailsQuery. */
            type $Shape = mrn.v1.DetailsQuery.$Properties;
        }

        /**
         * Properties of a QueryRequest.
         * @deprecated Use mrn.v1.QueryRequest.$Properties instead.
         */
        interface IQueryRequest extends mrn.v1.QueryRequest.$Properties {
        }

        /** Represents a QueryRequest. */
        class QueryRequest {

            /**
             * Constructs a new QueryRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.QueryRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryRequest protocolVersion. */
            protocolVersion: number;

            /** QueryRequest requestId. */
            requestId: Uint8Array;

            /** QueryRequest requesterCountry. */
            requesterCountry: string;

            /** QueryRequest targetCountry. */
            targetCountry: string;

            /** QueryRequest purpose. */
            purpose: mrn.v1.Purpose;

            /** QueryRequest legalBasis. */
            legalBasis: string;

            /** QueryRequest caseReference. */
            caseReference: string;

            /** QueryRequest caseworkerPseudonym. */
            caseworkerPseudonym: string;

            /** QueryRequest caseworkerRole. */
            caseworkerRole: string;

            /** QueryRequest issuedAtMs. */
            issuedAtMs: (number|Long);

            /** QueryRequest expiresAtMs. */
            expiresAtMs: (number|Long);

            /** QueryRequest identify. */
            identify?: (mrn.v1.IdentifyQuery.$Properties|null);

            /** QueryRequest details. */
            details?: (mrn.v1.DetailsQuery.$Properties|null);

            /** QueryRequest query. */
            query?: ("identify"|"details");

            /**
             * Creates a new QueryRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryRequest instance
             */
            static create(properties: mrn.v1.QueryRequest.$Shape): mrn.v1.QueryRequest & mrn.v1.QueryRequest.$Shape;
            static create(properties?: mrn.v1.QueryRequest.$Properties): mrn.v1.QueryRequest;

            /**
             * Encodes the specified QueryRequest message. Does not implicitly {@link mrn.v1.QueryRequest.verify|verify} messages.
             * @param message QueryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.QueryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.QueryRequest & mrn.v1.QueryRequest.$Shape} QueryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.QueryRequest & mrn.v1.QueryRequest.$Shape;

            /**
             * Gets the type url for QueryRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryRequest {

            /** Properties of a QueryRequest. */
            interface $Properties {

                /** QueryRequest protocolVersion */
                protocolVersion?: (number|null);

                /** QueryRequest requestId */
                requestId?: (Uint8Array|null);

                /** QueryRequest requesterCountry */
                requesterCountry?: (string|null);

                /** QueryRequest targetCountry */
                targetCountry?: (string|null);

                /** QueryRequest purpose */
                purpose?: (mrn.v1.Purpose|null);

                /** QueryRequest legalBasis */
                legalBasis?: (string|null);

                /** QueryRequest caseReference */
                caseReference?: (string|null);

                /** QueryRequest caseworkerPseudonym */
                caseworkerPseudonym?: (string|null);

                /** QueryRequest caseworkerRole */
                caseworkerRole?: (string|null);

                /** QueryRequest issuedAtMs */
                issuedAtMs?: (number|Long|null);

                /** QueryRequest expiresAtMs */
                expiresAtMs?: (number|Long|null);

                /** QueryRequest identify */
                identify?: (mrn.v1.IdentifyQuery.$Properties|null);

                /** QueryRequest details */
                details?: (mrn.v1.DetailsQuery.$Properties|null);

                /** QueryRequest query */
                query?: ("identify"|"details");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a QueryRequest. */
            type $Shape = {
              protocolVersion?: number|null;
              requestId?: Uint8Array|null;
              requesterCountry?: string|null;
              targetCountry?: string|null;
              purpose?: mrn.v1.Purpose|null;
              legalBasis?: string|null;
              caseReference?: string|null;
              caseworkerPseudonym?: string|null;
              caseworkerRole?: string|null;
              issuedAtMs?: number|Long|null;
              expiresAtMs?: number|Long|null;
              identify?: mrn.v1.IdentifyQuery.$Shape|null;
              details?: mrn.v1.DetailsQuery.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ query?: undefined; identify?: null; details?: null }|{ query?: "identify"; identify: mrn.v1.IdentifyQuery.$Shape; details?: null }|{ query?: "details"; identify?: null; details: mrn.v1.DetailsQuery.$Shape })
            );
        }

        /** Status enum. */
        enum Status {

            /** STATUS_UNSPECIFIED value */
            STATUS_UNSPECIFIED = 0,

            /** OK value */
            OK = 1,

            /** NO_HIT value */
            NO_HIT = 2,

            /** DENIED value */
            DENIED = 3,

            /** INVALID value */
            INVALID = 4,

            /** UNAUTHENTICATED value */
            UNAUTHENTICATED = 5,

            /** REPLAY value */
            REPLAY = 6,

            /** EXPIRED value */
            EXPIRED = 7,

            /** RATE_LIMITED value */
            RATE_LIMITED = 8,

            /** UNAVAILABLE value */
            UNAVAILABLE = 9,

            /** INTERNAL value */
            INTERNAL = 10
        }

        /** MatchBand enum. */
        enum MatchBand {

            /** MATCH_BAND_UNSPECIFIED value */
            MATCH_BAND_UNSPECIFIED = 0,

            /** MATCH_BAND_STRONG value */
            MATCH_BAND_STRONG = 1,

            /** MATCH_BAND_POSSIBLE value */
            MATCH_BAND_POSSIBLE = 2
        }

        /**
         * Properties of a Hit.
         * @deprecated Use mrn.v1.Hit.$Properties instead.
         */
        interface IHit extends mrn.v1.Hit.$Properties {
        }

        /** Represents a Hit. */
        class Hit {

            /**
             * Constructs a new Hit.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.Hit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hit handle. */
            handle: Uint8Array;

            /** Hit band. */
            band: mrn.v1.MatchBand;

            /** Hit handleExpiresAtMs. */
            handleExpiresAtMs: (number|Long);

            /**
             * Creates a new Hit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hit instance
             */
            static create(properties: mrn.v1.Hit.$Shape): mrn.v1.Hit & mrn.v1.Hit.$Shape;
            static create(properties?: mrn.v1.Hit.$Properties): mrn.v1.Hit;

            /**
             * Encodes the specified Hit message. Does not implicitly {@link mrn.v1.Hit.verify|verify} messages.
             * @param message Hit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.Hit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.Hit & mrn.v1.Hit.$Shape} Hit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.Hit & mrn.v1.Hit.$Shape;

            /**
             * Gets the type url for Hit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hit {

            /** Properties of a Hit. */
            interface $Properties {

                /** Hit handle */
                handle?: (Uint8Array|null);

                /** Hit band */
                band?: (mrn.v1.MatchBand|null);

                /** Hit handleExpiresAtMs */
                handleExpiresAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hit. */
            type $Shape = mrn.v1.Hit.$Properties;
        }

        /**
         * Properties of a StringList.
         * @deprecated Use mrn.v1.StringList.$Properties instead.
         */
        interface IStringList extends mrn.v1.StringList.$Properties {
        }

        /** Represents a StringList. */
        class StringList {

            /**
             * Constructs a new StringList.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.StringList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StringList values. */
            values: string[];

            /**
             * Creates a new StringList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StringList instance
             */
            static create(properties: mrn.v1.StringList.$Shape): mrn.v1.StringList & mrn.v1.StringList.$Shape;
            static create(properties?: mrn.v1.StringList.$Properties): mrn.v1.StringList;

            /**
             * Encodes the specified StringList message. Does not implicitly {@link mrn.v1.StringList.verify|verify} messages.
             * @param message StringList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.StringList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StringList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.StringList & mrn.v1.StringList.$Shape} StringList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.StringList & mrn.v1.StringList.$Shape;

            /**
             * Gets the type url for StringList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace StringList {

            /** Properties of a StringList. */
            interface $Properties {

                /** StringList values */
                values?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StringList. */
            type $Shape = mrn.v1.StringList.$Properties;
        }

        /**
         * Properties of a NameList.
         * @deprecated Use mrn.v1.NameList.$Properties instead.
         */
        interface INameList extends mrn.v1.NameList.$Properties {
        }

        /** Represents a NameList. */
        class NameList {

            /**
             * Constructs a new NameList.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.NameList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NameList values. */
            values: mrn.v1.PersonName.$Properties[];

            /**
             * Creates a new NameList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NameList instance
             */
            static create(properties: mrn.v1.NameList.$Shape): mrn.v1.NameList & mrn.v1.NameList.$Shape;
            static create(properties?: mrn.v1.NameList.$Properties): mrn.v1.NameList;

            /**
             * Encodes the specified NameList message. Does not implicitly {@link mrn.v1.NameList.verify|verify} messages.
             * @param message NameList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.NameList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NameList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.NameList & mrn.v1.NameList.$Shape} NameList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.NameList & mrn.v1.NameList.$Shape;

            /**
             * Gets the type url for NameList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NameList {

            /** Properties of a NameList. */
            interface $Properties {

                /** NameList values */
                values?: (mrn.v1.PersonName.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NameList. */
            type $Shape = mrn.v1.NameList.$Properties;
        }

        /**
         * Properties of a DocumentList.
         * @deprecated Use mrn.v1.DocumentList.$Properties instead.
         */
        interface IDocumentList extends mrn.v1.DocumentList.$Properties {
        }

        /** Represents a DocumentList. */
        class DocumentList {

            /**
             * Constructs a new DocumentList.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.DocumentList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DocumentList values. */
            values: mrn.v1.IdentityDocument.$Properties[];

            /**
             * Creates a new DocumentList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DocumentList instance
             */
            static create(properties: mrn.v1.DocumentList.$Shape): mrn.v1.DocumentList & mrn.v1.DocumentList.$Shape;
            static create(properties?: mrn.v1.DocumentList.$Properties): mrn.v1.DocumentList;

            /**
             * Encodes the specified DocumentList message. Does not implicitly {@link mrn.v1.DocumentList.verify|verify} messages.
             * @param message DocumentList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.DocumentList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DocumentList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.DocumentList & mrn.v1.DocumentList.$Shape} DocumentList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.DocumentList & mrn.v1.DocumentList.$Shape;

            /**
             * Gets the type url for DocumentList
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DocumentList {

            /** Properties of a DocumentList. */
            interface $Properties {

                /** DocumentList values */
                values?: (mrn.v1.IdentityDocument.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DocumentList. */
            type $Shape = mrn.v1.DocumentList.$Properties;
        }

        /**
         * Properties of a ReleasedField.
         * @deprecated Use mrn.v1.ReleasedField.$Properties instead.
         */
        interface IReleasedField extends mrn.v1.ReleasedField.$Properties {
        }

        /** Represents a ReleasedField. */
        class ReleasedField {

            /**
             * Constructs a new ReleasedField.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.ReleasedField.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReleasedField name. */
            name: string;

            /** ReleasedField form. */
            form: string;

            /** ReleasedField text. */
            text?: (string|null);

            /** ReleasedField texts. */
            texts?: (mrn.v1.StringList.$Properties|null);

            /** ReleasedField present. */
            present?: (boolean|null);

            /** ReleasedField date. */
            date?: (mrn.v1.PartialDate.$Properties|null);

            /** ReleasedField names. */
            names?: (mrn.v1.NameList.$Properties|null);

            /** ReleasedField documents. */
            documents?: (mrn.v1.DocumentList.$Properties|null);

            /** ReleasedField ruleId. */
            ruleId: string;

            /** ReleasedField value. */
            value?: ("text"|"texts"|"present"|"date"|"names"|"documents");

            /**
             * Creates a new ReleasedField instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReleasedField instance
             */
            static create(properties: mrn.v1.ReleasedField.$Shape): mrn.v1.ReleasedField & mrn.v1.ReleasedField.$Shape;
            static create(properties?: mrn.v1.ReleasedField.$Properties): mrn.v1.ReleasedField;

            /**
             * Encodes the specified ReleasedField message. Does not implicitly {@link mrn.v1.ReleasedField.verify|verify} messages.
             * @param message ReleasedField message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.ReleasedField.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReleasedField message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.ReleasedField & mrn.v1.ReleasedField.$Shape} ReleasedField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.ReleasedField & mrn.v1.ReleasedField.$Shape;

            /**
             * Gets the type url for ReleasedField
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReleasedField {

            /** Properties of a ReleasedField. */
            interface $Properties {

                /** ReleasedField name */
                name?: (string|null);

                /** ReleasedField form */
                form?: (string|null);

                /** ReleasedField text */
                text?: (string|null);

                /** ReleasedField texts */
                texts?: (mrn.v1.StringList.$Properties|null);

                /** ReleasedField present */
                present?: (boolean|null);

                /** ReleasedField date */
                date?: (mrn.v1.PartialDate.$Properties|null);

                /** ReleasedField names */
                names?: (mrn.v1.NameList.$Properties|null);

                /** ReleasedField documents */
                documents?: (mrn.v1.DocumentList.$Properties|null);

                /** ReleasedField ruleId */
                ruleId?: (string|null);

                /** ReleasedField value */
                value?: ("text"|"texts"|"present"|"date"|"names"|"documents");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ReleasedField. */
            type $Shape = {
              name?: string|null;
              form?: string|null;
              text?: string|null;
              texts?: mrn.v1.StringList.$Shape|null;
              present?: boolean|null;
              date?: mrn.v1.PartialDate.$Shape|null;
              names?: mrn.v1.NameList.$Shape|null;
              documents?: mrn.v1.DocumentList.$Shape|null;
              ruleId?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ value?: undefined; text?: null; texts?: null; present?: null; date?: null; names?: null; documents?: null }|{ value?: "text"; text: string; texts?: null; present?: null; date?: null; names?: null; documents?: null }|{ value?: "texts"; text?: null; texts: mrn.v1.StringList.$Shape; present?: null; date?: null; names?: null; documents?: null }|{ value?: "present"; text?: null; texts?: null; present: boolean; date?: null; names?: null; documents?: null }|{ value?: "date"; text?: null; texts?: null; present?: null; date: mrn.v1.PartialDate.$Shape; names?: null; documents?: null }|{ value?: "names"; text?: null; texts?: null; present?: null; date?: null; names: mrn.v1.NameList.$Shape; documents?: null }|{ value?: "documents"; text?: null; texts?: null; present?: null; date?: null; names?: null; documents: mrn.v1.DocumentList.$Shape })
            );
        }

        /**
         * Properties of a WithheldField.
         * @deprecated Use mrn.v1.WithheldField.$Properties instead.
         */
        interface IWithheldField extends mrn.v1.WithheldField.$Properties {
        }

        /** Represents a WithheldField. */
        class WithheldField {

            /**
             * Constructs a new WithheldField.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.WithheldField.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WithheldField name. */
            name: string;

            /** WithheldField ruleId. */
            ruleId: string;

            /**
             * Creates a new WithheldField instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WithheldField instance
             */
            static create(properties: mrn.v1.WithheldField.$Shape): mrn.v1.WithheldField & mrn.v1.WithheldField.$Shape;
            static create(properties?: mrn.v1.WithheldField.$Properties): mrn.v1.WithheldField;

            /**
             * Encodes the specified WithheldField message. Does not implicitly {@link mrn.v1.WithheldField.verify|verify} messages.
             * @param message WithheldField message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.WithheldField.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WithheldField message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.WithheldField & mrn.v1.WithheldField.$Shape} WithheldField
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.WithheldField & mrn.v1.WithheldField.$Shape;

            /**
             * Gets the type url for WithheldField
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WithheldField {

            /** Properties of a WithheldField. */
            interface $Properties {

                /** WithheldField name */
                name?: (string|null);

                /** WithheldField ruleId */
                ruleId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WithheldField. */
            type $Shape = mrn.v1.WithheldField.$Properties;
        }

        /**
         * Properties of a QueryResponse.
         * @deprecated Use mrn.v1.QueryResponse.$Properties instead.
         */
        interface IQueryResponse extends mrn.v1.QueryResponse.$Properties {
        }

        /** Represents a QueryResponse. */
        class QueryResponse {

            /**
             * Constructs a new QueryResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.QueryResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryResponse protocolVersion. */
            protocolVersion: number;

            /** QueryResponse requestId. */
            requestId: Uint8Array;

            /** QueryResponse responderCountry. */
            responderCountry: string;

            /** QueryResponse requestDigest. */
            requestDigest: Uint8Array;

            /** QueryResponse status. */
            status: mrn.v1.Status;

            /** QueryResponse message. */
            message: string;

            /** QueryResponse hits. */
            hits: mrn.v1.Hit.$Properties[];

            /** QueryResponse released. */
            released: mrn.v1.ReleasedField.$Properties[];

            /** QueryResponse withheld. */
            withheld: mrn.v1.WithheldField.$Properties[];

            /** QueryResponse auditLeafIndex. */
            auditLeafIndex: (number|Long);

            /** QueryResponse issuedAtMs. */
            issuedAtMs: (number|Long);

            /** QueryResponse denialReason. */
            denialReason: mrn.v1.DenialReason;

            /**
             * Creates a new QueryResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryResponse instance
             */
            static create(properties: mrn.v1.QueryResponse.$Shape): mrn.v1.QueryResponse & mrn.v1.QueryResponse.$Shape;
            static create(properties?: mrn.v1.QueryResponse.$Properties): mrn.v1.QueryResponse;

            /**
             * Encodes the specified QueryResponse message. Does not implicitly {@link mrn.v1.QueryResponse.verify|verify} messages.
             * @param message QueryResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.QueryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.QueryResponse & mrn.v1.QueryResponse.$Shape} QueryResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.QueryResponse & mrn.v1.QueryResponse.$Shape;

            /**
             * Gets the type url for QueryResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryResponse {

            /** Properties of a QueryResponse. */
            interface $Properties {

                /** QueryResponse protocolVersion */
                protocolVersion?: (number|null);

                /** QueryResponse requestId */
                requestId?: (Uint8Array|null);

                /** QueryResponse responderCountry */
                responderCountry?: (string|null);

                /** QueryResponse requestDigest */
                requestDigest?: (Uint8Array|null);

                /** QueryResponse status */
                status?: (mrn.v1.Status|null);

                /** QueryResponse message */
                message?: (string|null);

                /** QueryResponse hits */
                hits?: (mrn.v1.Hit.$Properties[]|null);

                /** QueryResponse released */
                released?: (mrn.v1.ReleasedField.$Properties[]|null);

                /** QueryResponse withheld */
                withheld?: (mrn.v1.WithheldField.$Properties[]|null);

                /** QueryResponse auditLeafIndex */
                auditLeafIndex?: (number|Long|null);

                /** QueryResponse issuedAtMs */
                issuedAtMs?: (number|Long|null);

                /** QueryResponse denialReason */
                denialReason?: (mrn.v1.DenialReason|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryResponse. */
            type $Shape = {
              protocolVersion?: number|null;
              requestId?: Uint8Array|null;
              responderCountry?: string|null;
              requestDigest?: Uint8Array|null;
              status?: mrn.v1.Status|null;
              message?: string|null;
              hits?: mrn.v1.Hit.$Shape[]|null;
              released?: mrn.v1.ReleasedField.$Shape[]|null;
              withheld?: mrn.v1.WithheldField.$Shape[]|null;
              auditLeafIndex?: number|Long|null;
              issuedAtMs?: number|Long|null;
              denialReason?: mrn.v1.DenialReason|null;
              $unknowns?: Uint8Array[];
            };
        }

        /** DenialReason enum. */
        enum DenialReason {

            /** DENIAL_REASON_UNSPECIFIED value */
            DENIAL_REASON_UNSPECIFIED = 0,

            /** DENIAL_POLICY value */
            DENIAL_POLICY = 1,

            /** DENIAL_LEGAL_BASIS value */
            DENIAL_LEGAL_BASIS = 2,

            /** DENIAL_HANDLE value */
            DENIAL_HANDLE = 3,

            /** DENIAL_CONFIRMATION value */
            DENIAL_CONFIRMATION = 4
        }

        /**
         * Properties of a WitnessRequest.
         * @deprecated Use mrn.v1.WitnessRequest.$Properties instead.
         */
        interface IWitnessRequest extends mrn.v1.WitnessRequest.$Properties {
        }

        /** Represents a WitnessRequest. */
        class WitnessRequest {

            /**
             * Constructs a new WitnessRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.WitnessRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WitnessRequest checkpoint. */
            checkpoint: string;

            /** WitnessRequest oldSize. */
            oldSize: (number|Long);

            /** WitnessRequest consistencyProof. */
            consistencyProof: Uint8Array[];

            /** WitnessRequest frontier. */
            frontier: Uint8Array[];

            /**
             * Creates a new WitnessRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WitnessRequest instance
             */
            static create(properties: mrn.v1.WitnessRequest.$Shape): mrn.v1.WitnessRequest & mrn.v1.WitnessRequest.$Shape;
            static create(properties?: mrn.v1.WitnessRequest.$Properties): mrn.v1.WitnessRequest;

            /**
             * Encodes the specified WitnessRequest message. Does not implicitly {@link mrn.v1.WitnessRequest.verify|verify} messages.
             * @param message WitnessRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.WitnessRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WitnessRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.WitnessRequest & mrn.v1.WitnessRequest.$Shape} WitnessRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.WitnessRequest & mrn.v1.WitnessRequest.$Shape;

            /**
             * Gets the type url for WitnessRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WitnessRequest {

            /** Properties of a WitnessRequest. */
            interface $Properties {

                /** WitnessRequest checkpoint */
                checkpoint?: (string|null);

                /** WitnessRequest oldSize */
                oldSize?: (number|Long|null);

                /** WitnessRequest consistencyProof */
                consistencyProof?: (Uint8Array[]|null);

                /** WitnessRequest frontier */
                frontier?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WitnessRequest. */
            type $Shape = mrn.v1.WitnessRequest.$Properties;
        }

        /**
         * Properties of a WitnessResponse.
         * @deprecated Use mrn.v1.WitnessResponse.$Properties instead.
         */
        interface IWitnessResponse extends mrn.v1.WitnessResponse.$Properties {
        }

        /** Represents a WitnessResponse. */
        class WitnessResponse {

            /**
             * Constructs a new WitnessResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.WitnessResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WitnessResponse status. */
            status: mrn.v1.WitnessResponse.Status;

            /** WitnessResponse cosignature. */
            cosignature: string;

            /** WitnessResponse lastSize. */
            lastSize: (number|Long);

            /**
             * Creates a new WitnessResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WitnessResponse instance
             */
            static create(properties: mrn.v1.WitnessResponse.$Shape): mrn.v1.WitnessResponse & mrn.v1.WitnessResponse.$Shape;
            static create(properties?: mrn.v1.WitnessResponse.$Properties): mrn.v1.WitnessResponse;

            /**
             * Encodes the specified WitnessResponse message. Does not implicitly {@link mrn.v1.WitnessResponse.verify|verify} messages.
             * @param message WitnessResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.WitnessResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WitnessResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.WitnessResponse & mrn.v1.WitnessResponse.$Shape} WitnessResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.WitnessResponse & mrn.v1.WitnessResponse.$Shape;

            /**
             * Gets the type url for WitnessResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WitnessResponse {

            /** Properties of a WitnessResponse. */
            interface $Properties {

                /** WitnessResponse status */
                status?: (mrn.v1.WitnessResponse.Status|null);

                /** WitnessResponse cosignature */
                cosignature?: (string|null);

                /** WitnessResponse lastSize */
                lastSize?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WitnessResponse. */
            type $Shape = mrn.v1.WitnessResponse.$Properties;

            /** Status enum. */
            enum Status {

                /** STATUS_UNSPECIFIED value */
                STATUS_UNSPECIFIED = 0,

                /** COSIGNED value */
                COSIGNED = 1,

                /** OLD_SIZE_MISMATCH value */
                OLD_SIZE_MISMATCH = 2,

                /** CONFLICT value */
                CONFLICT = 3,

                /** BAD_CHECKPOINT value */
                BAD_CHECKPOINT = 4,

                /** BAD_PROOF value */
                BAD_PROOF = 5
            }
        }

        /**
         * Properties of a WitnessedRequest.
         * @deprecated Use mrn.v1.WitnessedRequest.$Properties instead.
         */
        interface IWitnessedRequest extends mrn.v1.WitnessedRequest.$Properties {
        }

        /** Represents a WitnessedRequest. */
        class WitnessedRequest {

            /**
             * Constructs a new WitnessedRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.WitnessedRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new WitnessedRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WitnessedRequest instance
             */
            static create(properties: mrn.v1.WitnessedRequest.$Shape): mrn.v1.WitnessedRequest & mrn.v1.WitnessedRequest.$Shape;
            static create(properties?: mrn.v1.WitnessedRequest.$Properties): mrn.v1.WitnessedRequest;

            /**
             * Encodes the specified WitnessedRequest message. Does not implicitly {@link mrn.v1.WitnessedRequest.verify|verify} messages.
             * @param message WitnessedRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.WitnessedRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WitnessedRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.WitnessedRequest & mrn.v1.WitnessedRequest.$Shape} WitnessedRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.WitnessedRequest & mrn.v1.WitnessedRequest.$Shape;

            /**
             * Gets the type url for WitnessedRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WitnessedRequest {

            /** Properties of a WitnessedRequest. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WitnessedRequest. */
            type $Shape = mrn.v1.WitnessedRequest.$Properties;
        }

        /**
         * Properties of a WitnessedResponse.
         * @deprecated Use mrn.v1.WitnessedResponse.$Properties instead.
         */
        interface IWitnessedResponse extends mrn.v1.WitnessedResponse.$Properties {
        }

        /** Represents a WitnessedResponse. */
        class WitnessedResponse {

            /**
             * Constructs a new WitnessedResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.WitnessedResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WitnessedResponse checkpoint. */
            checkpoint: string;

            /** WitnessedResponse frontier. */
            frontier: Uint8Array[];

            /** WitnessedResponse cosignature. */
            cosignature: string;

            /**
             * Creates a new WitnessedResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WitnessedResponse instance
             */
            static create(properties: mrn.v1.WitnessedResponse.$Shape): mrn.v1.WitnessedResponse & mrn.v1.WitnessedResponse.$Shape;
            static create(properties?: mrn.v1.WitnessedResponse.$Properties): mrn.v1.WitnessedResponse;

            /**
             * Encodes the specified WitnessedResponse message. Does not implicitly {@link mrn.v1.WitnessedResponse.verify|verify} messages.
             * @param message WitnessedResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.WitnessedResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WitnessedResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.WitnessedResponse & mrn.v1.WitnessedResponse.$Shape} WitnessedResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.WitnessedResponse & mrn.v1.WitnessedResponse.$Shape;

            /**
             * Gets the type url for WitnessedResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WitnessedResponse {

            /** Properties of a WitnessedResponse. */
            interface $Properties {

                /** WitnessedResponse checkpoint */
                checkpoint?: (string|null);

                /** WitnessedResponse frontier */
                frontier?: (Uint8Array[]|null);

                /** WitnessedResponse cosignature */
                cosignature?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WitnessedResponse. */
            type $Shape = mrn.v1.WitnessedResponse.$Properties;
        }

        /**
         * Properties of an EvidenceRequest.
         * @deprecated Use mrn.v1.EvidenceRequest.$Properties instead.
         */
        interface IEvidenceRequest extends mrn.v1.EvidenceRequest.$Properties {
        }

        /** Represents an EvidenceRequest. */
        class EvidenceRequest {

            /**
             * Constructs a new EvidenceRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.EvidenceRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvidenceRequest leafIndex. */
            leafIndex: (number|Long);

            /**
             * Creates a new EvidenceRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvidenceRequest instance
             */
            static create(properties: mrn.v1.EvidenceRequest.$Shape): mrn.v1.EvidenceRequest & mrn.v1.EvidenceRequest.$Shape;
            static create(properties?: mrn.v1.EvidenceRequest.$Properties): mrn.v1.EvidenceRequest;

            /**
             * Encodes the specified EvidenceRequest message. Does not implicitly {@link mrn.v1.EvidenceRequest.verify|verify} messages.
             * @param message EvidenceRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.EvidenceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvidenceRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.EvidenceRequest & mrn.v1.EvidenceRequest.$Shape} EvidenceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.EvidenceRequest & mrn.v1.EvidenceRequest.$Shape;

            /**
             * Gets the type url for EvidenceRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvidenceRequest {

            /** Properties of an EvidenceRequest. */
            interface $Properties {

                /** EvidenceRequest leafIndex */
                leafIndex?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvidenceRequest. */
            type $Shape = mrn.v1.EvidenceRequest.$Properties;
        }

        /**
         * Properties of an EvidenceResponse.
         * @deprecated Use mrn.v1.EvidenceResponse.$Properties instead.
         */
        interface IEvidenceResponse extends mrn.v1.EvidenceResponse.$Properties {
        }

        /** Represents an EvidenceResponse. */
        class EvidenceResponse {

            /**
             * Constructs a new EvidenceResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: mrn.v1.EvidenceResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvidenceResponse found. */
            found: boolean;

            /** EvidenceResponse checkpoint. */
            checkpoint: string;

            /** EvidenceResponse leafData. */
            leafData: Uint8Array;

            /** EvidenceResponse inclusionProof. */
            inclusionProof: Uint8Array[];

            /**
             * Creates a new EvidenceResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvidenceResponse instance
             */
            static create(properties: mrn.v1.EvidenceResponse.$Shape): mrn.v1.EvidenceResponse & mrn.v1.EvidenceResponse.$Shape;
            static create(properties?: mrn.v1.EvidenceResponse.$Properties): mrn.v1.EvidenceResponse;

            /**
             * Encodes the specified EvidenceResponse message. Does not implicitly {@link mrn.v1.EvidenceResponse.verify|verify} messages.
             * @param message EvidenceResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mrn.v1.EvidenceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvidenceResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mrn.v1.EvidenceResponse & mrn.v1.EvidenceResponse.$Shape} EvidenceResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mrn.v1.EvidenceResponse & mrn.v1.EvidenceResponse.$Shape;

            /**
             * Gets the type url for EvidenceResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvidenceResponse {

            /** Properties of an EvidenceResponse. */
            interface $Properties {

                /** EvidenceResponse found */
                found?: (boolean|null);

                /** EvidenceResponse checkpoint */
                checkpoint?: (string|null);

                /** EvidenceResponse leafData */
                leafData?: (Uint8Array|null);

                /** EvidenceResponse inclusionProof */
                inclusionProof?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvidenceResponse. */
            type $Shape = mrn.v1.EvidenceResponse.$Properties;
        }
    }
}
