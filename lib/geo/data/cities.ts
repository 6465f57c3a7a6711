// Cities abroad (and a few in Ukraine) where Ukrainian organisations work. Coordinates are the
// conventional city-centre points (town hall or main square), WGS84, 5 decimals. `timeZone`
// is the IANA zone an event organised there is scheduled in. Ukrainian case forms are kept
// beside the names because generated sentences need them ("у Берліні", "громада Берліна");
// `aliases` are native and older spellings a person or an import may use.

export interface CityRecord {
  /** stable id: "<country>-<english name>", lower-case */
  id: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  en: string;
  uk: string;
  /** Родовий відмінок: "Берліна" */
  ukGenitive: string;
  /** Місцевий відмінок з прийменником: "у Берліні" */
  ukLocative: string;
  lat: number;
  lng: number;
  timeZone: string;
  aliases?: readonly string[];
}

type Row = [country: string, en: string, uk: string, ukGenitive: string, ukLocative: string, lat: number, lng: number, timeZone: string, aliases?: string[]];

const rows: Row[] = [
  // Germany
  ["DE", "Berlin", "Берлін", "Берліна", "у Берліні", 52.52, 13.405, "Europe/Berlin"],
  ["DE", "Munich", "Мюнхен", "Мюнхена", "у Мюнхені", 48.13743, 11.57549, "Europe/Berlin", ["München", "Muenchen"]],
  ["DE", "Hamburg", "Гамбург", "Гамбурга", "у Гамбурзі", 53.55108, 9.99368, "Europe/Berlin"],
  ["DE", "Frankfurt", "Франкфурт-на-Майні", "Франкфурта-на-Майні", "у Франкфурті-на-Майні", 50.11092, 8.68213, "Europe/Berlin", ["Frankfurt am Main", "Франкфурт"]],
  ["DE", "Cologne", "Кельн", "Кельна", "у Кельні", 50.93753, 6.96028, "Europe/Berlin", ["Köln", "Koeln"]],
  ["DE", "Leipzig", "Лейпциг", "Лейпцига", "у Лейпцигу", 51.3397, 12.37307, "Europe/Berlin"],
  ["DE", "Dresden", "Дрезден", "Дрездена", "у Дрездені", 51.05089, 13.73832, "Europe/Berlin"],
  ["DE", "Stuttgart", "Штутгарт", "Штутгарта", "у Штутгарті", 48.77585, 9.18293, "Europe/Berlin"],
  ["DE", "Düsseldorf", "Дюссельдорф", "Дюссельдорфа", "у Дюссельдорфі", 51.22172, 6.77616, "Europe/Berlin", ["Dusseldorf", "Duesseldorf"]],
  ["DE", "Hanover", "Ганновер", "Ганновера", "у Ганновері", 52.37589, 9.73201, "Europe/Berlin", ["Hannover"]],
  ["DE", "Nuremberg", "Нюрнберг", "Нюрнберга", "у Нюрнберзі", 49.45203, 11.07675, "Europe/Berlin", ["Nürnberg", "Nuernberg"]],
  ["DE", "Bonn", "Бонн", "Бонна", "у Бонні", 50.73743, 7.09821, "Europe/Berlin"],
  ["DE", "Bremen", "Бремен", "Бремена", "у Бремені", 53.0793, 8.80169, "Europe/Berlin"],
  // Poland
  ["PL", "Warsaw", "Варшава", "Варшави", "у Варшаві", 52.22977, 21.01178, "Europe/Warsaw", ["Warszawa"]],
  ["PL", "Kraków", "Краків", "Кракова", "у Кракові", 50.06465, 19.94498, "Europe/Warsaw", ["Krakow", "Cracow"]],
  ["PL", "Wrocław", "Вроцлав", "Вроцлава", "у Вроцлаві", 51.10789, 17.03854, "Europe/Warsaw", ["Wroclaw", "Breslau"]],
  ["PL", "Gdańsk", "Гданськ", "Гданська", "у Гданську", 54.35203, 18.64664, "Europe/Warsaw", ["Gdansk", "Danzig"]],
  ["PL", "Lublin", "Люблін", "Любліна", "у Любліні", 51.24645, 22.56844, "Europe/Warsaw"],
  ["PL", "Przemyśl", "Перемишль", "Перемишля", "у Перемишлі", 49.78498, 22.76728, "Europe/Warsaw", ["Przemysl"]],
  ["PL", "Poznań", "Познань", "Познані", "у Познані", 52.40637, 16.92517, "Europe/Warsaw", ["Poznan"]],
  ["PL", "Łódź", "Лодзь", "Лодзі", "у Лодзі", 51.75925, 19.45598, "Europe/Warsaw", ["Lodz"]],
  ["PL", "Rzeszów", "Ряшів", "Ряшева", "у Ряшеві", 50.04119, 21.99912, "Europe/Warsaw", ["Rzeszow", "Жешув"]],
  ["PL", "Szczecin", "Щецин", "Щецина", "у Щецині", 53.42854, 14.55281, "Europe/Warsaw"],
  ["PL", "Katowice", "Катовиці", "Катовиць", "у Катовицях", 50.26489, 19.02378, "Europe/Warsaw"],
  // France
  ["FR", "Paris", "Париж", "Парижа", "у Парижі", 48.85661, 2.35222, "Europe/Paris"],
  ["FR", "Lyon", "Ліон", "Ліона", "у Ліоні", 45.76404, 4.83566, "Europe/Paris"],
  ["FR", "Strasbourg", "Страсбург", "Страсбурга", "у Страсбурзі", 48.5734, 7.75211, "Europe/Paris"],
  ["FR", "Marseille", "Марсель", "Марселя", "у Марселі", 43.29648, 5.36978, "Europe/Paris"],
  ["FR", "Bordeaux", "Бордо", "Бордо", "у Бордо", 44.83779, -0.57918, "Europe/Paris"],
  ["FR", "Lille", "Лілль", "Лілля", "у Ліллі", 50.62925, 3.05726, "Europe/Paris"],
  ["FR", "Nice", "Ніцца", "Ніцци", "у Ніцці", 43.70313, 7.26608, "Europe/Paris"],
  ["FR", "Toulouse", "Тулуза", "Тулузи", "у Тулузі", 43.60465, 1.44421, "Europe/Paris"],
  // Italy
  ["IT", "Milan", "Мілан", "Мілана", "у Мілані", 45.4642, 9.18998, "Europe/Rome", ["Milano"]],
  ["IT", "Rome", "Рим", "Рима", "у Римі", 41.90278, 12.49637, "Europe/Rome", ["Roma"]],
  ["IT", "Naples", "Неаполь", "Неаполя", "у Неаполі", 40.85177, 14.26812, "Europe/Rome", ["Napoli"]],
  ["IT", "Turin", "Турин", "Турина", "у Турині", 45.0703, 7.68686, "Europe/Rome", ["Torino"]],
  ["IT", "Bologna", "Болонья", "Болоньї", "у Болоньї", 44.49489, 11.34262, "Europe/Rome"],
  ["IT", "Florence", "Флоренція", "Флоренції", "у Флоренції", 43.76956, 11.25581, "Europe/Rome", ["Firenze"]],
  // Czechia
  ["CZ", "Prague", "Прага", "Праги", "у Празі", 50.07554, 14.4378, "Europe/Prague", ["Praha"]],
  ["CZ", "Brno", "Брно", "Брно", "у Брно", 49.19506, 16.60684, "Europe/Prague"],
  ["CZ", "Ostrava", "Острава", "Острави", "в Остраві", 49.82092, 18.26253, "Europe/Prague"],
  // Slovakia
  ["SK", "Bratislava", "Братислава", "Братислави", "у Братиславі", 48.14816, 17.10674, "Europe/Bratislava"],
  ["SK", "Košice", "Кошице", "Кошиць", "у Кошицях", 48.71639, 21.26108, "Europe/Bratislava", ["Kosice"]],
  ["SK", "Prešov", "Пряшів", "Пряшева", "у Пряшеві", 48.99839, 21.23393, "Europe/Bratislava", ["Presov"]],
  // Austria
  ["AT", "Vienna", "Відень", "Відня", "у Відні", 48.20817, 16.37382, "Europe/Vienna", ["Wien"]],
  ["AT", "Graz", "Грац", "Граца", "у Граці", 47.07071, 15.4395, "Europe/Vienna"],
  ["AT", "Salzburg", "Зальцбург", "Зальцбурга", "у Зальцбурзі", 47.80949, 13.05501, "Europe/Vienna"],
  ["AT", "Innsbruck", "Інсбрук", "Інсбрука", "в Інсбруку", 47.26921, 11.4041, "Europe/Vienna"],
  // Spain
  ["ES", "Madrid", "Мадрид", "Мадрида", "у Мадриді", 40.41678, -3.70379, "Europe/Madrid"],
  ["ES", "Barcelona", "Барселона", "Барселони", "у Барселоні", 41.38506, 2.1734, "Europe/Madrid"],
  ["ES", "Valencia", "Валенсія", "Валенсії", "у Валенсії", 39.46991, -0.37629, "Europe/Madrid", ["València"]],
  ["ES", "Málaga", "Малага", "Малаги", "у Малазі", 36.72126, -4.4214, "Europe/Madrid", ["Malaga"]],
  // Portugal
  ["PT", "Lisbon", "Лісабон", "Лісабона", "у Лісабоні", 38.72225, -9.13934, "Europe/Lisbon", ["Lisboa"]],
  ["PT", "Porto", "Порту", "Порту", "у Порту", 41.15794, -8.6291, "Europe/Lisbon"],
  // Netherlands
  ["NL", "Amsterdam", "Амстердам", "Амстердама", "в Амстердамі", 52.36757, 4.90414, "Europe/Amsterdam"],
  ["NL", "The Hague", "Гаага", "Гааги", "у Гаазі", 52.0705, 4.3007, "Europe/Amsterdam", ["Den Haag", "'s-Gravenhage"]],
  ["NL", "Rotterdam", "Роттердам", "Роттердама", "у Роттердамі", 51.92442, 4.47773, "Europe/Amsterdam"],
  ["NL", "Utrecht", "Утрехт", "Утрехта", "в Утрехті", 52.09074, 5.12142, "Europe/Amsterdam"],
  // Belgium
  ["BE", "Brussels", "Брюссель", "Брюсселя", "у Брюсселі", 50.85034, 4.35171, "Europe/Brussels", ["Bruxelles", "Brussel"]],
  ["BE", "Antwerp", "Антверпен", "Антверпена", "в Антверпені", 51.21945, 4.40246, "Europe/Brussels", ["Antwerpen", "Anvers"]],
  ["BE", "Ghent", "Гент", "Гента", "у Генті", 51.05434, 3.71742, "Europe/Brussels", ["Gent", "Gand"]],
  // United Kingdom
  ["GB", "London", "Лондон", "Лондона", "у Лондоні", 51.50735, -0.12776, "Europe/London"],
  ["GB", "Manchester", "Манчестер", "Манчестера", "у Манчестері", 53.48076, -2.24263, "Europe/London"],
  ["GB", "Edinburgh", "Единбург", "Единбурга", "в Единбурзі", 55.95325, -3.18827, "Europe/London"],
  ["GB", "Bradford", "Бредфорд", "Бредфорда", "у Бредфорді", 53.79598, -1.75939, "Europe/London"],
  ["GB", "Birmingham", "Бірмінгем", "Бірмінгема", "у Бірмінгемі", 52.48624, -1.8904, "Europe/London"],
  // Ireland
  ["IE", "Dublin", "Дублін", "Дубліна", "у Дубліні", 53.34981, -6.26031, "Europe/Dublin"],
  ["IE", "Cork", "Корк", "Корка", "у Корку", 51.89851, -8.4756, "Europe/Dublin"],
  // Sweden
  ["SE", "Stockholm", "Стокгольм", "Стокгольма", "у Стокгольмі", 59.32932, 18.06858, "Europe/Stockholm"],
  ["SE", "Gothenburg", "Гетеборг", "Гетеборга", "у Гетеборзі", 57.70887, 11.97456, "Europe/Stockholm", ["Göteborg", "Goteborg"]],
  ["SE", "Malmö", "Мальме", "Мальме", "у Мальме", 55.60498, 13.00382, "Europe/Stockholm", ["Malmo"]],
  // Baltic states
  ["LT", "Vilnius", "Вільнюс", "Вільнюса", "у Вільнюсі", 54.68716, 25.27965, "Europe/Vilnius"],
  ["LT", "Kaunas", "Каунас", "Каунаса", "у Каунасі", 54.89852, 23.9036, "Europe/Vilnius"],
  ["LV", "Riga", "Рига", "Риги", "у Ризі", 56.94965, 24.10519, "Europe/Riga", ["Rīga"]],
  ["EE", "Tallinn", "Таллінн", "Таллінна", "у Таллінні", 59.43696, 24.75357, "Europe/Tallinn"],
  ["EE", "Tartu", "Тарту", "Тарту", "у Тарту", 58.37798, 26.72902, "Europe/Tallinn"],
  // Romania and Moldova
  ["RO", "Bucharest", "Бухарест", "Бухареста", "у Бухаресті", 44.42677, 26.10254, "Europe/Bucharest", ["București", "Bucuresti"]],
  ["RO", "Suceava", "Сучава", "Сучави", "у Сучаві", 47.65138, 26.25559, "Europe/Bucharest"],
  ["RO", "Iași", "Ясси", "Ясс", "у Яссах", 47.15845, 27.60144, "Europe/Bucharest", ["Iasi"]],
  ["RO", "Cluj-Napoca", "Клуж-Напока", "Клуж-Напоки", "у Клуж-Напоці", 46.77121, 23.62364, "Europe/Bucharest", ["Cluj"]],
  ["MD", "Chișinău", "Кишинів", "Кишинева", "у Кишиневі", 47.01051, 28.86381, "Europe/Chisinau", ["Chisinau", "Kishinev"]],
  ["MD", "Bălți", "Бєльці", "Бєльців", "у Бєльцях", 47.76175, 27.92889, "Europe/Chisinau", ["Balti"]],
  // Other Europe
  ["HU", "Budapest", "Будапешт", "Будапешта", "у Будапешті", 47.49791, 19.04023, "Europe/Budapest"],
  ["DK", "Copenhagen", "Копенгаген", "Копенгагена", "у Копенгагені", 55.6761, 12.56834, "Europe/Copenhagen", ["København", "Kobenhavn"]],
  ["NO", "Oslo", "Осло", "Осло", "в Осло", 59.91387, 10.75225, "Europe/Oslo"],
  ["FI", "Helsinki", "Гельсінкі", "Гельсінкі", "у Гельсінкі", 60.16986, 24.93838, "Europe/Helsinki"],
  ["CH", "Zurich", "Цюрих", "Цюриха", "у Цюриху", 47.37689, 8.54169, "Europe/Zurich", ["Zürich"]],
  ["CH", "Geneva", "Женева", "Женеви", "у Женеві", 46.20439, 6.14316, "Europe/Zurich", ["Genève", "Genf"]],
  ["CH", "Bern", "Берн", "Берна", "у Берні", 46.94797, 7.44745, "Europe/Zurich", ["Berne"]],
  ["GE", "Tbilisi", "Тбілісі", "Тбілісі", "у Тбілісі", 41.71513, 44.8271, "Asia/Tbilisi"],
  ["TR", "Istanbul", "Стамбул", "Стамбула", "у Стамбулі", 41.00824, 28.97836, "Europe/Istanbul", ["İstanbul"]],
  // Canada
  ["CA", "Toronto", "Торонто", "Торонто", "у Торонто", 43.65323, -79.38318, "America/Toronto"],
  ["CA", "Winnipeg", "Вінніпег", "Вінніпега", "у Вінніпезі", 49.89514, -97.13838, "America/Winnipeg"],
  ["CA", "Edmonton", "Едмонтон", "Едмонтона", "в Едмонтоні", 53.54612, -113.49382, "America/Edmonton"],
  ["CA", "Montreal", "Монреаль", "Монреаля", "у Монреалі", 45.50169, -73.56726, "America/Toronto", ["Montréal"]],
  ["CA", "Vancouver", "Ванкувер", "Ванкувера", "у Ванкувері", 49.28273, -123.12074, "America/Vancouver"],
  ["CA", "Ottawa", "Оттава", "Оттави", "в Оттаві", 45.42153, -75.69719, "America/Toronto"],
  ["CA", "Calgary", "Калгарі", "Калгарі", "у Калгарі", 51.04473, -114.07189, "America/Edmonton"],
  ["CA", "Saskatoon", "Саскатун", "Саскатуна", "у Саскатуні", 52.13324, -106.67004, "America/Regina"],
  // United States
  ["US", "New York", "Нью-Йорк", "Нью-Йорка", "у Нью-Йорку", 40.71278, -74.00597, "America/New_York", ["New York City", "NYC"]],
  ["US", "Chicago", "Чикаго", "Чикаго", "у Чикаго", 41.87811, -87.6298, "America/Chicago"],
  ["US", "Philadelphia", "Філадельфія", "Філадельфії", "у Філадельфії", 39.95258, -75.16522, "America/New_York"],
  ["US", "Washington", "Вашингтон", "Вашингтона", "у Вашингтоні", 38.90719, -77.03687, "America/New_York", ["Washington, D.C.", "Washington DC"]],
  ["US", "Cleveland", "Клівленд", "Клівленда", "у Клівленді", 41.49932, -81.69436, "America/New_York"],
  ["US", "Detroit", "Детройт", "Детройта", "у Детройті", 42.33143, -83.04575, "America/Detroit"],
  ["US", "Los Angeles", "Лос-Анджелес", "Лос-Анджелеса", "у Лос-Анджелесі", 34.05223, -118.24368, "America/Los_Angeles"],
  ["US", "Sacramento", "Сакраменто", "Сакраменто", "у Сакраменто", 38.58157, -121.4944, "America/Los_Angeles"],
  ["US", "Seattle", "Сіетл", "Сіетла", "у Сіетлі", 47.60621, -122.33207, "America/Los_Angeles"],
  ["US", "Boston", "Бостон", "Бостона", "у Бостоні", 42.36008, -71.05888, "America/New_York"],
  // Australia
  ["AU", "Sydney", "Сідней", "Сіднея", "у Сіднеї", -33.86882, 151.20929, "Australia/Sydney"],
  ["AU", "Melbourne", "Мельбурн", "Мельбурна", "у Мельбурні", -37.81363, 144.96306, "Australia/Melbourne"],
  ["AU", "Adelaide", "Аделаїда", "Аделаїди", "в Аделаїді", -34.9285, 138.60074, "Australia/Adelaide"],
  ["AU", "Perth", "Перт", "Перта", "у Перті", -31.95053, 115.86046, "Australia/Perth"],
  // South America
  ["BR", "Curitiba", "Куритиба", "Куритиби", "у Куритибі", -25.4284, -49.27329, "America/Sao_Paulo"],
  ["BR", "Prudentópolis", "Прудентополіс", "Прудентополіса", "у Прудентополісі", -25.21274, -50.97766, "America/Sao_Paulo", ["Prudentopolis"]],
  ["BR", "São Paulo", "Сан-Паулу", "Сан-Паулу", "у Сан-Паулу", -23.55052, -46.63331, "America/Sao_Paulo", ["Sao Paulo"]],
  ["AR", "Buenos Aires", "Буенос-Айрес", "Буенос-Айреса", "у Буенос-Айресі", -34.60372, -58.38159, "America/Argentina/Buenos_Aires"],
  // Ukraine: organisations based at home (platforms, networks) are listed too
  ["UA", "Kyiv", "Київ", "Києва", "у Києві", 50.4501, 30.5234, "Europe/Kyiv", ["Kiev", "Kiew", "Kijów"]],
  ["UA", "Lviv", "Львів", "Львова", "у Львові", 49.83968, 24.02972, "Europe/Kyiv", ["Lvov", "Lwów", "Lemberg"]],
  ["UA", "Odesa", "Одеса", "Одеси", "в Одесі", 46.48255, 30.72331, "Europe/Kyiv", ["Odessa"]],
  ["UA", "Kharkiv", "Харків", "Харкова", "у Харкові", 49.9935, 36.23038, "Europe/Kyiv", ["Kharkov"]],
  ["UA", "Dnipro", "Дніпро", "Дніпра", "у Дніпрі", 48.46472, 35.04618, "Europe/Kyiv"],
];

function cityId(country: string, en: string): string {
  const ascii = en.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L");
  return `${country.toLowerCase()}-${ascii.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

export const cities: readonly CityRecord[] = rows.map(([country, en, uk, ukGenitive, ukLocative, lat, lng, timeZone, aliases]) => ({
  id: cityId(country, en),
  country,
  en,
  uk,
  ukGenitive,
  ukLocative,
  lat,
  lng,
  timeZone,
  ...(aliases ? { aliases } : {}),
}));
