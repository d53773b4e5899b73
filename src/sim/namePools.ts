import {
  arabicFamily,
  arabicMale,
  type RankedName,
  ukrainianFamilyFemale,
  ukrainianFamilyMale,
  ukrainianFemale,
  ukrainianMale,
} from './namePoolData.js'

/**
 * Name pools for synthetic populations: each name as written in its native
 * script, with a broad romanisation that destination countries then spell
 * their own way (generator.ts). Each pool is ranked, most common first, and
 * drawn from with a Zipf-like weight by rank (generator.ts), so a few names
 * are very common and the tail is long. Sources and distributions:
 * docs/matching.md, "Synthetic populations". Data for generating test
 * populations only: the matcher never sees these lists.
 */
export interface PooledName {
  native: string
  latin: string
}

/**
 * How an origin names people and how registries end up recording them
 * (shares of people, 0..1). Assumptions chosen to give each origin the hard
 * cases registries describe, not measured statistics: docs/matching.md.
 */
export interface RegistrationHabits {
  /** People who hold a passport at all (a registry sees it only sometimes). */
  passport: number
  /** People whose day and month of birth nobody knows: recorded as the year alone or as 1 January. */
  unknownBirthday: number
  /** Of those, the share recorded as 1 January of the year (the rest as the year alone). */
  januaryFirst: number
  /** People whose registered given names carry their father's name (a patronymic middle name). */
  fatherAsMiddleName: number
  /** Of those, the share whose grandfather's name follows the father's. */
  grandfatherToo: number
  /**
   * How family names come about: `inherited` (a family name passed down), or
   * `patronymic` (none: registries record the father's given name, or the
   * grandfather's, in the family-name field).
   */
  naming: 'inherited' | 'patronymic'
  /** With inherited names: people registered with no family name, the father's given name standing in. */
  noFamilyName: number
}

export interface OriginPool {
  country: string
  script: string
  male: PooledName[]
  female: PooledName[]
  /** Family names, or for women where the language inflects them (Ukrainian -ska), `familyFemale`. */
  family: PooledName[]
  familyFemale?: PooledName[]
  habits: RegistrationHabits
  /** How often a person of the generated population comes from this origin (relative). */
  share: number
  /** Towns and cities of birth, the largest first (drawn as names are: the first few are common). */
  birthplaces: PooledName[]
}

/** Joins ranked lists, the earlier list's names first, each native name once. */
function ranked(...lists: (readonly PooledName[] | readonly RankedName[])[]): PooledName[] {
  const seen = new Set<string>()
  const out: PooledName[] = []
  for (const list of lists) {
    for (const entry of list) {
      const name = Array.isArray(entry)
        ? { native: entry[0] as string, latin: entry[1] as string }
        : (entry as PooledName)
      if (seen.has(name.native)) continue
      seen.add(name.native)
      out.push(name)
    }
  }
  return out
}

function pairs(text: string): PooledName[] {
  return text
    .trim()
    .split(/\s*;\s*/)
    .map((p) => {
      const [native, latin] = p.split('=')
      return { native: (native ?? '').trim(), latin: (latin ?? '').trim() }
    })
}

const ARABIC_MALE =
  pairs(`محمد=muhammad; أحمد=ahmad; علي=ali; عمر=umar; يوسف=yusuf; حسن=hasan; حسين=husayn; خالد=khalid;
  إبراهيم=ibrahim; عبد الرحمن=abd al-rahman; عبد الله=abd allah; مصطفى=mustafa; محمود=mahmud; سامر=samer; طارق=tariq;
  ياسر=yasir; وليد=walid; فارس=faris; نبيل=nabil; رامي=rami; زياد=ziyad; جمال=jamal; كريم=karim; هشام=hisham; أنس=anas;
  بلال=bilal; سليمان=sulayman; منصور=mansur; عماد=imad; ماجد=majid`)
const ARABIC_FEMALE =
  pairs(`فاطمة=fatima; عائشة=aisha; مريم=maryam; زينب=zaynab; نور=nur; ليلى=layla; هدى=huda; سارة=sara;
  رنا=rana; أمل=amal; سلمى=salma; ياسمين=yasmin; خديجة=khadija; هبة=hiba; لينا=lina; نادية=nadia; سعاد=suad; رشا=rasha;
  دعاء=dua; رقية=ruqayya; أسماء=asma; رانيا=rania; ديما=dima; هالة=hala; لمى=lama; ريم=rim; إيمان=iman; سميرة=samira;
  سلوى=salwa; وفاء=wafa; حنان=hanan; غادة=ghada; لبنى=lubna; مها=maha; منال=manal; منى=muna; نوال=nawal; سحر=sahar;
  سوسن=sawsan; سهى=suha; وداد=widad; يارا=yara; زينة=zeina; جنى=jana; رهف=rahaf; رغد=raghad; شهد=shahd; سدرة=sidra;
  تالا=tala; بيان=bayan; ربى=ruba; عفاف=afaf; بسمة=basma; داليا=dalia; فرح=farah; هند=hind; إيناس=inas; جميلة=jamila;
  كريمة=karima; لطيفة=latifa; نبيلة=nabila; نجوى=najwa; ريما=rima; سناء=sana; سمية=sumayya; زهراء=zahraa; عبير=abir;
  آلاء=alaa; بشرى=bushra; إسراء=isra; نسرين=nisrin; روان=rawan; صفاء=safa; مروة=marwa; ندى=nada; علا=ula; رزان=razan;
  آية=aya; بتول=batul; دانة=dana; غدير=ghadir; حياة=hayat; جود=jud; كوثر=kawthar; لمياء=lamya; ميساء=maysa; نهى=nuha;
  رحاب=rihab; صباح=sabah; تسنيم=tasnim; وئام=wiam; زهرة=zahra`)
const ARABIC_FAMILY =
  pairs(`الحسن=al-hasan; الأحمد=al-ahmad; حداد=haddad; الخطيب=al-khatib; العلي=al-ali; الشامي=al-shami;
  المصري=al-masri; النجار=al-najjar; الحلبي=al-halabi; السيد=al-sayyid; عثمان=uthman; إبراهيم=ibrahim; الزعبي=al-zubi;
  الحمصي=al-himsi; قاسم=qasim; يوسف=yusuf; الجبوري=al-jaburi; التميمي=al-tamimi; الدليمي=al-dulaymi; العبيدي=al-ubaydi;
  كردي=kurdi; شيخو=shaykhu; عيسى=isa; منصور=mansur; سليمان=sulayman; درويش=darwish; صالح=salih; ناصر=nasir;
  الرفاعي=al-rifai; البكري=al-bakri`)

export const ORIGINS: OriginPool[] = [
  {
    country: 'SYR',
    script: 'Arab',
    male: ranked(ARABIC_MALE, arabicMale),
    female: ARABIC_FEMALE,
    family: ranked(ARABIC_FAMILY, arabicFamily),
    habits: {
      passport: 0.6,
      unknownBirthday: 0.1,
      januaryFirst: 0.6,
      fatherAsMiddleName: 0.7,
      grandfatherToo: 0.15,
      naming: 'inherited',
      noFamilyName: 0.02,
    },
    share: 3,
    birthplaces: pairs(
      `حلب=halab; دمشق=dimashq; حمص=hims; حماة=hama; اللاذقية=al-ladhiqiyya; دير الزور=dayr al-zur; الرقة=al-raqqa; إدلب=idlib; درعا=dara; القامشلي=al-qamishli; الحسكة=al-hasaka; طرطوس=tartus; منبج=manbij; عفرين=afrin; جبلة=jabla`,
    ),
  },
  {
    country: 'IRQ',
    script: 'Arab',
    male: ranked(ARABIC_MALE, arabicMale),
    female: ARABIC_FEMALE,
    family: ranked(ARABIC_FAMILY, arabicFamily),
    habits: {
      passport: 0.5,
      unknownBirthday: 0.2,
      januaryFirst: 0.7,
      fatherAsMiddleName: 0.8,
      grandfatherToo: 0.4,
      naming: 'inherited',
      noFamilyName: 0.1,
    },
    share: 2,
    birthplaces: pairs(
      `بغداد=baghdad; الموصل=al-mawsil; البصرة=al-basra; أربيل=arbil; كركوك=karkuk; السليمانية=al-sulaymaniyya; النجف=al-najaf; كربلاء=karbala; الفلوجة=al-falluja; الرمادي=al-ramadi; دهوك=duhuk; تكريت=tikrit; سامراء=samarra; الناصرية=al-nasiriyya`,
    ),
  },
  {
    country: 'AFG',
    script: 'Arab',
    male: pairs(`احمد=ahmad; محمد=muhammad; رحیم=rahim; کریم=karim; جواد=javad; مسعود=masud; فرهاد=farhad; حمید=hamid;
      نوید=navid; شریف=sharif; نجیب=najib; عزیز=aziz; قدیر=qadir; بشیر=bashir; ذبیح الله=zabihullah`),
    female: pairs(`زهرا=zahra; مریم=maryam; فریبا=fariba; شبنم=shabnam; نرگس=narges; پروانه=parvaneh; ملالی=malalai;
      فرشته=fereshteh; ستاره=setareh; گلالی=gulalai`),
    family: pairs(`احمدی=ahmadi; محمدی=muhammadi; رحیمی=rahimi; حسینی=husayni; کریمی=karimi; نوری=nuri; حیدری=haydari;
      صدیقی=siddiqi; یوسفزی=yusufzai; عزیزی=azizi; قادری=qaderi; سلطانی=soltani; امیری=amiri; هاشمی=hashemi`),
    // Many Afghans have no family name: registries put the father's name in its place.
    habits: {
      passport: 0.25,
      unknownBirthday: 0.45,
      januaryFirst: 0.8,
      fatherAsMiddleName: 0.3,
      grandfatherToo: 0.2,
      naming: 'inherited',
      noFamilyName: 0.4,
    },
    share: 2,
    birthplaces: pairs(
      `کابل=kabul; هرات=herat; قندهار=qandahar; مزار شریف=mazar sharif; جلال آباد=jalal abad; قندوز=qunduz; غزنی=ghazni; بامیان=bamyan; خوست=khost; لشکرگاه=lashkargah; فیض آباد=fayz abad; پل خمری=pul khumri`,
    ),
  },
  {
    country: 'ERI',
    script: 'Ethi',
    male: pairs(`ተስፋይ=tesfay; ዮናስ=yonas; ሚካኤል=mikael; ዳዊት=dawit; ሓጎስ=hagos; ክብሮም=kibrom; መሓሪ=mehari; ሰሎሞን=solomon;
      ዮሃንስ=yohannes; ኪዳነ=kidane`),
    female: pairs(`ሰናይት=senait; ሄለን=helen; ሳምራዊት=samrawit; ሩት=rut; ሊያ=lia; ኤልሳ=elsa; ሚልኪ=milki; ፍረወይኒ=frewoini`),
    family: pairs(`ተኽለ=tekle; ሃይለ=haile; ኪዳነ=kidane; በርሀ=berhe; ግርማይ=girmay; ተወልደ=tewelde; ሰሎሞን=solomon;
      ዮሃንስ=yohannes; ተስፋይ=tesfay; ሓጎስ=hagos`),
    // Given name, father's name, grandfather's name: no family name.
    habits: {
      passport: 0.15,
      unknownBirthday: 0.3,
      januaryFirst: 0.7,
      fatherAsMiddleName: 0.2,
      grandfatherToo: 0.5,
      naming: 'patronymic',
      noFamilyName: 0,
    },
    share: 1,
    birthplaces: pairs(
      `ኣስመራ=asmara; ከረን=keren; ምጽዋዕ=mitsiwa; መንደፈራ=mendefera; ባረንቱ=barentu; ደቀምሓረ=dekemhare; ዓሰብ=aseb; ኣቑርደት=akurdet; ሰንዓፈ=senafe; ተሰነይ=tesenay`,
    ),
  },
  {
    country: 'UKR',
    script: 'Cyrl',
    male: ranked(
      pairs(
        `Олександр=oleksandr; Андрій=andriy; Дмитро=dmytro; Сергій=serhiy; Іван=ivan; Микола=mykola; Віктор=viktor`,
      ),
      ukrainianMale,
    ),
    female: ranked(
      pairs(`Юлія=yuliya; Олена=olena; Наталія=nataliya; Оксана=oksana; Тетяна=tetyana; Марія=mariya; Ірина=iryna`),
      ukrainianFemale,
    ),
    family: ranked(
      pairs(`Шевченко=shevchenko; Коваленко=kovalenko; Бондаренко=bondarenko; Ткаченко=tkachenko; Кравченко=kravchenko;
      Олійник=oliynyk; Шевчук=shevchuk; Поліщук=polishchuk; Мельник=melnyk; Бойко=boyko`),
      ukrainianFamilyMale,
    ),
    familyFemale: ranked(
      pairs(`Шевченко=shevchenko; Коваленко=kovalenko; Бондаренко=bondarenko; Ткаченко=tkachenko; Кравченко=kravchenko;
      Олійник=oliynyk; Шевчук=shevchuk; Поліщук=polishchuk; Мельник=melnyk; Бойко=boyko`),
      ukrainianFamilyFemale,
    ),
    // Biometric passports for most; a patronymic (по батькові) kept as a middle name by some registries.
    habits: {
      passport: 0.9,
      unknownBirthday: 0.01,
      januaryFirst: 0.5,
      fatherAsMiddleName: 0.25,
      grandfatherToo: 0,
      naming: 'inherited',
      noFamilyName: 0,
    },
    share: 2,
    birthplaces: pairs(
      `Київ=kyiv; Харків=kharkiv; Одеса=odesa; Дніпро=dnipro; Донецьк=donetsk; Запоріжжя=zaporizhzhia; Львів=lviv; Маріуполь=mariupol; Миколаїв=mykolaiv; Херсон=kherson; Луганськ=luhansk; Полтава=poltava; Чернігів=chernihiv; Суми=sumy`,
    ),
  },
  {
    country: 'SOM',
    script: 'Latn',
    male: pairs(`Abdi=abdi; Abdullahi=abdullahi; Maxamed=muhammad; Axmed=ahmad; Xasan=hasan; Faarax=farah; Khadar=khadar;
      Liibaan=liban; Warsame=warsame; Cali=ali`),
    female: pairs(`Hodan=hodan; Amina=amina; Faadumo=fatima; Ayaan=ayan; Sahra=sahra; Ubax=ubah; Ifrah=ifrah`),
    family: pairs(`Warsame=warsame; Faarax=farah; Cabdi=abdi; Cismaan=uthman; Yuusuf=yusuf; Jaamac=jama; Xirsi=hirsi;
      Aadan=adan; Cali=ali; Maxamuud=mahmud`),
    // Given name, father's name, grandfather's name: registries take the second or third as the family name.
    habits: {
      passport: 0.1,
      unknownBirthday: 0.5,
      januaryFirst: 0.8,
      fatherAsMiddleName: 0.3,
      grandfatherToo: 0.6,
      naming: 'patronymic',
      noFamilyName: 0,
    },
    share: 1,
    birthplaces: pairs(
      `Muqdisho=muqdisho; Hargeysa=hargeysa; Kismaayo=kismaayo; Baydhabo=baydhabo; Boosaaso=boosaaso; Beledweyne=beledweyne; Gaalkacyo=gaalkacyo; Garoowe=garoowe; Marka=marka; Burco=burco`,
    ),
  },
]
