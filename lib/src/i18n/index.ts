export { type Language, languages, setLanguage, getLanguage, inLanguage } from "./language";
export { t, translate } from "./translate";
