// Only the titles and a note: the statements themselves are in Dutch and English (shown in English here).
export default {
  privacy: {
    title: "بيان الخصوصية",
  },
  accessibility: {
    title: "بيان إمكانية الوصول",
  },
  untranslatedNote: "هذا البيان متوفر باللغتين الهولندية والإنجليزية فقط. تقرأه هنا بالإنجليزية.",
};
