/**
 * Name pools for synthetic populations: each name as written in its native
 * script, with a broad romanisation that destination countries then spell
 * their own way (generator.ts). Data for generating test populations only:
 * the matcher never sees these lists.
 */
export interface PooledName {
  native: string
  latin: string
}

export interface OriginPool {
  country: string
  script: string
  male: PooledName[]
  female: PooledName[]
  family: PooledName[]
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
  دعاء=dua; رقية=ruqayya`)
const ARABIC_FAMILY =
  pairs(`الحسن=al-hasan; الأحمد=al-ahmad; حداد=haddad; الخطيب=al-khatib; العلي=al-ali; الشامي=al-shami;
  المصري=al-masri; النجار=al-najjar; الحلبي=al-halabi; السيد=al-sayyid; عثمان=uthman; إبراهيم=ibrahim; الزعبي=al-zubi;
  الحمصي=al-himsi; قاسم=qasim; يوسف=yusuf; الجبوري=al-jaburi; التميمي=al-tamimi; الدليمي=al-dulaymi; العبيدي=al-ubaydi;
  كردي=kurdi; شيخو=shaykhu; عيسى=isa; منصور=mansur; سليمان=sulayman; درويش=darwish; صالح=salih; ناصر=nasir;
  الرفاعي=al-rifai; البكري=al-bakri`)

export const ORIGINS: OriginPool[] = [
  { country: 'SYR', script: 'Arab', male: ARABIC_MALE, female: ARABIC_FEMALE, family: ARABIC_FAMILY },
  { country: 'IRQ', script: 'Arab', male: ARABIC_MALE, female: ARABIC_FEMALE, family: ARABIC_FAMILY },
  {
    country: 'AFG',
    script: 'Arab',
    male: pairs(`احمد=ahmad; محمد=muhammad; رحیم=rahim; کریم=karim; جواد=javad; مسعود=masud; فرهاد=farhad; حمید=hamid;
      نوید=navid; شریف=sharif; نجیب=najib; عزیز=aziz; قدیر=qadir; بشیر=bashir; ذبیح الله=zabihullah`),
    female: pairs(`زهرا=zahra; مریم=maryam; فریبا=fariba; شبنم=shabnam; نرگس=narges; پروانه=parvaneh; ملالی=malalai;
      فرشته=fereshteh; ستاره=setareh; گلالی=gulalai`),
    family: pairs(`احمدی=ahmadi; محمدی=muhammadi; رحیمی=rahimi; حسینی=husayni; کریمی=karimi; نوری=nuri; حیدری=haydari;
      صدیقی=siddiqi; یوسفزی=yusufzai; عزیزی=azizi; قادری=qaderi; سلطانی=soltani; امیری=amiri; هاشمی=hashemi`),
  },
  {
    country: 'ERI',
    script: 'Ethi',
    male: pairs(`ተስፋይ=tesfay; ዮናስ=yonas; ሚካኤል=mikael; ዳዊት=dawit; ሓጎስ=hagos; ክብሮም=kibrom; መሓሪ=mehari; ሰሎሞን=solomon;
      ዮሃንስ=yohannes; ኪዳነ=kidane`),
    female: pairs(`ሰናይት=senait; ሄለን=helen; ሳምራዊት=samrawit; ሩት=rut; ሊያ=lia; ኤልሳ=elsa; ሚልኪ=milki; ፍረወይኒ=frewoini`),
    family: pairs(`ተኽለ=tekle; ሃይለ=haile; ኪዳነ=kidane; በርሀ=berhe; ግርማይ=girmay; ተወልደ=tewelde; ሰሎሞን=solomon;
      ዮሃንስ=yohannes; ተስፋይ=tesfay; ሓጎስ=hagos`),
  },
  {
    country: 'UKR',
    script: 'Cyrl',
    male: pairs(
      `Олександр=oleksandr; Андрій=andriy; Дмитро=dmytro; Сергій=serhiy; Іван=ivan; Микола=mykola; Віктор=viktor`,
    ),
    female: pairs(
      `Юлія=yuliya; Олена=olena; Наталія=nataliya; Оксана=oksana; Тетяна=tetyana; Марія=mariya; Ірина=iryna`,
    ),
    family:
      pairs(`Шевченко=shevchenko; Коваленко=kovalenko; Бондаренко=bondarenko; Ткаченко=tkachenko; Кравченко=kravchenko;
      Олійник=oliynyk; Шевчук=shevchuk; Поліщук=polishchuk; Мельник=melnyk; Бойко=boyko`),
  },
  {
    country: 'SOM',
    script: 'Latn',
    male: pairs(`Abdi=abdi; Abdullahi=abdullahi; Maxamed=muhammad; Axmed=ahmad; Xasan=hasan; Faarax=farah; Khadar=khadar;
      Liibaan=liban; Warsame=warsame; Cali=ali`),
    female: pairs(`Hodan=hodan; Amina=amina; Faadumo=fatima; Ayaan=ayan; Sahra=sahra; Ubax=ubah; Ifrah=ifrah`),
    family: pairs(`Warsame=warsame; Faarax=farah; Cabdi=abdi; Cismaan=uthman; Yuusuf=yusuf; Jaamac=jama; Xirsi=hirsi;
      Aadan=adan; Cali=ali; Maxamuud=mahmud`),
  },
]
