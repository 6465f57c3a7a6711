// Ukraine's first-level units with their KATOTTG codes and a reference point: the de jure
// administrative centre. Points for centres that head a hromada are copied from
// prisma/data/hromadas.csv (OCHA COD-AB via DRC Ukraine), so the map agrees with itself;
// Kyiv is the city-centre point of the gazetteer. This is the `oblastCenter` for REGION
// precision inside Ukraine (lib/geo/precision.ts).

export interface OblastRecord {
  /** KATOTTG code of the oblast (or of Kyiv / Sevastopol, which have oblast rank) */
  code: string;
  uk: string;
  en: string;
  center: { uk: string; en: string; lat: number; lng: number };
}

export const oblasts: readonly OblastRecord[] = [
  { code: "UA01000000000013043", uk: "Автономна Республіка Крим", en: "Autonomous Republic of Crimea", center: { uk: "Сімферополь", en: "Simferopol", lat: 44.94903, lng: 34.11518 } },
  { code: "UA05000000000010236", uk: "Вінницька область", en: "Vinnytsia Oblast", center: { uk: "Вінниця", en: "Vinnytsia", lat: 49.23125, lng: 28.46895 } },
  { code: "UA07000000000024379", uk: "Волинська область", en: "Volyn Oblast", center: { uk: "Луцьк", en: "Lutsk", lat: 50.74823, lng: 25.33189 } },
  { code: "UA12000000000090473", uk: "Дніпропетровська область", en: "Dnipropetrovsk Oblast", center: { uk: "Дніпро", en: "Dnipro", lat: 48.46549, lng: 35.00652 } },
  { code: "UA14000000000091971", uk: "Донецька область", en: "Donetsk Oblast", center: { uk: "Донецьк", en: "Donetsk", lat: 48.0067, lng: 37.75933 } },
  { code: "UA18000000000041385", uk: "Житомирська область", en: "Zhytomyr Oblast", center: { uk: "Житомир", en: "Zhytomyr", lat: 50.25911, lng: 28.67361 } },
  { code: "UA21000000000011690", uk: "Закарпатська область", en: "Zakarpattia Oblast", center: { uk: "Ужгород", en: "Uzhhorod", lat: 48.62209, lng: 22.2844 } },
  { code: "UA23000000000064947", uk: "Запорізька область", en: "Zaporizhzhia Oblast", center: { uk: "Запоріжжя", en: "Zaporizhzhia", lat: 47.84313, lng: 35.1676 } },
  { code: "UA26000000000069363", uk: "Івано-Франківська область", en: "Ivano-Frankivsk Oblast", center: { uk: "Івано-Франківськ", en: "Ivano-Frankivsk", lat: 48.91751, lng: 24.71237 } },
  { code: "UA32000000000030281", uk: "Київська область", en: "Kyiv Oblast", center: { uk: "Київ", en: "Kyiv", lat: 50.4501, lng: 30.5234 } },
  { code: "UA35000000000016081", uk: "Кіровоградська область", en: "Kirovohrad Oblast", center: { uk: "Кропивницький", en: "Kropyvnytskyi", lat: 48.52021, lng: 32.24982 } },
  { code: "UA44000000000018893", uk: "Луганська область", en: "Luhansk Oblast", center: { uk: "Луганськ", en: "Luhansk", lat: 48.5632, lng: 39.32225 } },
  { code: "UA46000000000026241", uk: "Львівська область", en: "Lviv Oblast", center: { uk: "Львів", en: "Lviv", lat: 49.83019, lng: 24.02177 } },
  { code: "UA48000000000039575", uk: "Миколаївська область", en: "Mykolaiv Oblast", center: { uk: "Миколаїв", en: "Mykolaiv", lat: 46.95913, lng: 31.99871 } },
  { code: "UA51000000000030770", uk: "Одеська область", en: "Odesa Oblast", center: { uk: "Одеса", en: "Odesa", lat: 46.47262, lng: 30.71182 } },
  { code: "UA53000000000028050", uk: "Полтавська область", en: "Poltava Oblast", center: { uk: "Полтава", en: "Poltava", lat: 49.60191, lng: 34.54458 } },
  { code: "UA56000000000066151", uk: "Рівненська область", en: "Rivne Oblast", center: { uk: "Рівне", en: "Rivne", lat: 50.61847, lng: 26.248 } },
  { code: "UA59000000000057109", uk: "Сумська область", en: "Sumy Oblast", center: { uk: "Суми", en: "Sumy", lat: 50.905, lng: 34.81227 } },
  { code: "UA61000000000060328", uk: "Тернопільська область", en: "Ternopil Oblast", center: { uk: "Тернопіль", en: "Ternopil", lat: 49.55548, lng: 25.59781 } },
  { code: "UA63000000000041885", uk: "Харківська область", en: "Kharkiv Oblast", center: { uk: "Харків", en: "Kharkiv", lat: 49.97695, lng: 36.26793 } },
  { code: "UA65000000000030969", uk: "Херсонська область", en: "Kherson Oblast", center: { uk: "Херсон", en: "Kherson", lat: 46.65729, lng: 32.60857 } },
  { code: "UA68000000000099709", uk: "Хмельницька область", en: "Khmelnytskyi Oblast", center: { uk: "Хмельницький", en: "Khmelnytskyi", lat: 49.4117, lng: 26.99888 } },
  { code: "UA71000000000010357", uk: "Черкаська область", en: "Cherkasy Oblast", center: { uk: "Черкаси", en: "Cherkasy", lat: 49.42219, lng: 32.04691 } },
  { code: "UA73000000000044923", uk: "Чернівецька область", en: "Chernivtsi Oblast", center: { uk: "Чернівці", en: "Chernivtsi", lat: 48.30302, lng: 25.93737 } },
  { code: "UA74000000000025378", uk: "Чернігівська область", en: "Chernihiv Oblast", center: { uk: "Чернігів", en: "Chernihiv", lat: 51.49877, lng: 31.28927 } },
  { code: "UA80000000000093317", uk: "Київ", en: "Kyiv", center: { uk: "Київ", en: "Kyiv", lat: 50.4501, lng: 30.5234 } },
  { code: "UA85000000000065278", uk: "Севастополь", en: "Sevastopol", center: { uk: "Севастополь", en: "Sevastopol", lat: 44.61665, lng: 33.52536 } },
];
