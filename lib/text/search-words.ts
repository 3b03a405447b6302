/**
 * Path segments that name a search results page, in the languages shops and engines write them:
 * `/search`, Magento's `/catalogsearch/result`, eBay's `/sch/`, `/tim-kiem`, `/ค้นหา`, `/검색`.
 * The capture's search-box rule and the offers' listing rule each add their own few on top
 * (engines' `/s` and `/web`; none for shops, where short segments name products).
 */
export const SEARCH_PATH_WORDS: readonly string[] = [
  'search', 'search.php', 'search.html', 'searchresults', 'search-results', 'catalogsearch', 'sch',
  'suche', 'recherche', 'buscar', 'busca', 'ricerca', 'zoeken', 'sok', 'søg', 'szukaj', 'hledat', 'hladat', 'kereses', 'arama',
  'tim-kiem', 'timkiem', 'ค้นหา', '검색', 'بحث', 'поиск', 'пошук', 'cari', 'pencarian',
];
