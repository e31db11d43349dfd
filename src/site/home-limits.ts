// How much the home page shows before it links to the full list: at thousands of articles, listing each one there made
// a 2 MB page that a phone loads slowly and a reader cannot scan.

/** Article cards on the home page; /articles/ lists every article. */
export const HOME_ARTICLES = 12;
