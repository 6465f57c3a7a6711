// Countries the gazetteer knows. `center` is a reference point inside the country (the usual
// geographic-centre point published for map centring), not the capital: a REGION-precision
// listing shown at the capital would read as "in the capital", which the owner did not say.
// Ukrainian case forms are stored because names are built into sentences ("у Німеччині").

export interface CountryRecord {
  /** ISO 3166-1 alpha-2 */
  code: string;
  en: string;
  uk: string;
  /** Родовий відмінок: "Німеччини" */
  ukGenitive: string;
  /** Місцевий відмінок з прийменником: "у Німеччині" */
  ukLocative: string;
  /** English with preposition: "in Germany", "in the Netherlands" */
  enLocative: string;
  center: { lat: number; lng: number };
  capital: { en: string; uk: string };
}

export const countries: readonly CountryRecord[] = [
  { code: "AR", en: "Argentina", uk: "Аргентина", ukGenitive: "Аргентини", ukLocative: "в Аргентині", enLocative: "in Argentina", center: { lat: -38.4161, lng: -63.61667 }, capital: { en: "Buenos Aires", uk: "Буенос-Айрес" } },
  { code: "AT", en: "Austria", uk: "Австрія", ukGenitive: "Австрії", ukLocative: "в Австрії", enLocative: "in Austria", center: { lat: 47.51623, lng: 14.55007 }, capital: { en: "Vienna", uk: "Відень" } },
  { code: "AU", en: "Australia", uk: "Австралія", ukGenitive: "Австралії", ukLocative: "в Австралії", enLocative: "in Australia", center: { lat: -25.2744, lng: 133.77514 }, capital: { en: "Canberra", uk: "Канберра" } },
  { code: "BE", en: "Belgium", uk: "Бельгія", ukGenitive: "Бельгії", ukLocative: "у Бельгії", enLocative: "in Belgium", center: { lat: 50.50389, lng: 4.46994 }, capital: { en: "Brussels", uk: "Брюссель" } },
  { code: "BR", en: "Brazil", uk: "Бразилія", ukGenitive: "Бразилії", ukLocative: "у Бразилії", enLocative: "in Brazil", center: { lat: -14.235, lng: -51.92528 }, capital: { en: "Brasília", uk: "Бразиліа" } },
  { code: "CA", en: "Canada", uk: "Канада", ukGenitive: "Канади", ukLocative: "у Канаді", enLocative: "in Canada", center: { lat: 56.13037, lng: -106.34677 }, capital: { en: "Ottawa", uk: "Оттава" } },
  { code: "CH", en: "Switzerland", uk: "Швейцарія", ukGenitive: "Швейцарії", ukLocative: "у Швейцарії", enLocative: "in Switzerland", center: { lat: 46.81819, lng: 8.22751 }, capital: { en: "Bern", uk: "Берн" } },
  { code: "CZ", en: "Czechia", uk: "Чехія", ukGenitive: "Чехії", ukLocative: "у Чехії", enLocative: "in Czechia", center: { lat: 49.81749, lng: 15.47296 }, capital: { en: "Prague", uk: "Прага" } },
  { code: "DE", en: "Germany", uk: "Німеччина", ukGenitive: "Німеччини", ukLocative: "у Німеччині", enLocative: "in Germany", center: { lat: 51.16569, lng: 10.45153 }, capital: { en: "Berlin", uk: "Берлін" } },
  { code: "DK", en: "Denmark", uk: "Данія", ukGenitive: "Данії", ukLocative: "у Данії", enLocative: "in Denmark", center: { lat: 56.26392, lng: 9.50179 }, capital: { en: "Copenhagen", uk: "Копенгаген" } },
  { code: "EE", en: "Estonia", uk: "Естонія", ukGenitive: "Естонії", ukLocative: "в Естонії", enLocative: "in Estonia", center: { lat: 58.59527, lng: 25.01361 }, capital: { en: "Tallinn", uk: "Таллінн" } },
  { code: "ES", en: "Spain", uk: "Іспанія", ukGenitive: "Іспанії", ukLocative: "в Іспанії", enLocative: "in Spain", center: { lat: 40.46367, lng: -3.74922 }, capital: { en: "Madrid", uk: "Мадрид" } },
  { code: "FI", en: "Finland", uk: "Фінляндія", ukGenitive: "Фінляндії", ukLocative: "у Фінляндії", enLocative: "in Finland", center: { lat: 61.92411, lng: 25.74815 }, capital: { en: "Helsinki", uk: "Гельсінкі" } },
  { code: "FR", en: "France", uk: "Франція", ukGenitive: "Франції", ukLocative: "у Франції", enLocative: "in France", center: { lat: 46.22764, lng: 2.21375 }, capital: { en: "Paris", uk: "Париж" } },
  { code: "GB", en: "United Kingdom", uk: "Велика Британія", ukGenitive: "Великої Британії", ukLocative: "у Великій Британії", enLocative: "in the United Kingdom", center: { lat: 54.00366, lng: -2.54785 }, capital: { en: "London", uk: "Лондон" } },
  { code: "GE", en: "Georgia", uk: "Грузія", ukGenitive: "Грузії", ukLocative: "у Грузії", enLocative: "in Georgia", center: { lat: 42.31541, lng: 43.35689 }, capital: { en: "Tbilisi", uk: "Тбілісі" } },
  { code: "HU", en: "Hungary", uk: "Угорщина", ukGenitive: "Угорщини", ukLocative: "в Угорщині", enLocative: "in Hungary", center: { lat: 47.16249, lng: 19.5033 }, capital: { en: "Budapest", uk: "Будапешт" } },
  { code: "IE", en: "Ireland", uk: "Ірландія", ukGenitive: "Ірландії", ukLocative: "в Ірландії", enLocative: "in Ireland", center: { lat: 53.41291, lng: -8.24389 }, capital: { en: "Dublin", uk: "Дублін" } },
  { code: "IT", en: "Italy", uk: "Італія", ukGenitive: "Італії", ukLocative: "в Італії", enLocative: "in Italy", center: { lat: 41.87194, lng: 12.56738 }, capital: { en: "Rome", uk: "Рим" } },
  { code: "LT", en: "Lithuania", uk: "Литва", ukGenitive: "Литви", ukLocative: "у Литві", enLocative: "in Lithuania", center: { lat: 55.16944, lng: 23.88128 }, capital: { en: "Vilnius", uk: "Вільнюс" } },
  { code: "LV", en: "Latvia", uk: "Латвія", ukGenitive: "Латвії", ukLocative: "у Латвії", enLocative: "in Latvia", center: { lat: 56.87964, lng: 24.60319 }, capital: { en: "Riga", uk: "Рига" } },
  { code: "MD", en: "Moldova", uk: "Молдова", ukGenitive: "Молдови", ukLocative: "у Молдові", enLocative: "in Moldova", center: { lat: 47.41163, lng: 28.36989 }, capital: { en: "Chișinău", uk: "Кишинів" } },
  { code: "NL", en: "Netherlands", uk: "Нідерланди", ukGenitive: "Нідерландів", ukLocative: "у Нідерландах", enLocative: "in the Netherlands", center: { lat: 52.13263, lng: 5.29127 }, capital: { en: "Amsterdam", uk: "Амстердам" } },
  { code: "NO", en: "Norway", uk: "Норвегія", ukGenitive: "Норвегії", ukLocative: "у Норвегії", enLocative: "in Norway", center: { lat: 60.47202, lng: 8.46895 }, capital: { en: "Oslo", uk: "Осло" } },
  { code: "PL", en: "Poland", uk: "Польща", ukGenitive: "Польщі", ukLocative: "у Польщі", enLocative: "in Poland", center: { lat: 51.91944, lng: 19.14514 }, capital: { en: "Warsaw", uk: "Варшава" } },
  { code: "PT", en: "Portugal", uk: "Португалія", ukGenitive: "Португалії", ukLocative: "у Португалії", enLocative: "in Portugal", center: { lat: 39.39987, lng: -8.22445 }, capital: { en: "Lisbon", uk: "Лісабон" } },
  { code: "RO", en: "Romania", uk: "Румунія", ukGenitive: "Румунії", ukLocative: "у Румунії", enLocative: "in Romania", center: { lat: 45.94316, lng: 24.96676 }, capital: { en: "Bucharest", uk: "Бухарест" } },
  { code: "SE", en: "Sweden", uk: "Швеція", ukGenitive: "Швеції", ukLocative: "у Швеції", enLocative: "in Sweden", center: { lat: 60.12816, lng: 18.6435 }, capital: { en: "Stockholm", uk: "Стокгольм" } },
  { code: "SK", en: "Slovakia", uk: "Словаччина", ukGenitive: "Словаччини", ukLocative: "у Словаччині", enLocative: "in Slovakia", center: { lat: 48.66903, lng: 19.69902 }, capital: { en: "Bratislava", uk: "Братислава" } },
  { code: "TR", en: "Türkiye", uk: "Туреччина", ukGenitive: "Туреччини", ukLocative: "у Туреччині", enLocative: "in Türkiye", center: { lat: 38.96375, lng: 35.24332 }, capital: { en: "Ankara", uk: "Анкара" } },
  { code: "UA", en: "Ukraine", uk: "Україна", ukGenitive: "України", ukLocative: "в Україні", enLocative: "in Ukraine", center: { lat: 48.37943, lng: 31.16558 }, capital: { en: "Kyiv", uk: "Київ" } },
  { code: "US", en: "United States", uk: "США", ukGenitive: "США", ukLocative: "у США", enLocative: "in the United States", center: { lat: 37.09024, lng: -95.71289 }, capital: { en: "Washington", uk: "Вашингтон" } },
];
