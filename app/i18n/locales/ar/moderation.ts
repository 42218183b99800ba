// Only what volunteers see (the report form on a task or vacancy); the municipality's pages fall back to English.
export default {
  report: {
    summary: { task: "أبلغ عن هذه المهمة", vacancy: "أبلغ عن هذه الوظيفة التطوعية" },
    title: { task: "الإبلاغ عن مهمة", vacancy: "الإبلاغ عن وظيفة تطوعية" },
    intro:
      "هل هناك شيء غير صحيح؟ هل هو غير عادل أو خطير أو ليس عملاً تطوعياً؟ أخبر البلدية. لا ترى المنظمة من قام بالإبلاغ.",
    reason: "ما المشكلة؟",
    submit: "إبلاغ",
    sent: "شكراً على بلاغك. ستنظر البلدية فيه.",
    back: "العودة إلى “⁨{{title}}⁩”",
  },
  errors: {
    subject: "هذا غير موجود (لم يعد موجوداً).",
    reportReason: { required: "اكتب باختصار ما المشكلة.", tooLong: "طويل جداً. الحد الأقصى 1000 حرف." },
    ownListing: "أنت منسق في هذه المنظمة. يمكنك تعديل النص أو إغلاقه بنفسك.",
  },
};
