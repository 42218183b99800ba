// Names inside Arabic sentences sit between \u2068 and \u2069 (first-strong isolate): a Dutch name then keeps
// its own direction and does not pull the punctuation around it to the wrong side.
export default {
  appName: "Noaber",
  tagline: "العمل التطوعي في بلدية خرونينغن",
  skipToContent: "انتقل مباشرة إلى المحتوى",
  nav: {
    label: "القائمة الرئيسية",
    home: "الصفحة الرئيسية",
    search: "بحث",
    profile: "ملفي الشخصي",
    publish: "نشر مهمة أو وظيفة تطوعية",
    organisation: "منظمتي",
    teams: "تسجيلات الفرق",
    login: "تسجيل الدخول",
    signup: "إنشاء حساب",
    logout: "تسجيل الخروج",
  },
  language: {
    label: "اللغة",
  },
  footer: {
    label: "عن هذا الموقع",
    privacy: "بيان الخصوصية",
    accessibility: "بيان إمكانية الوصول",
    demo: "هذا موقع تجريبي. المنظمات والأشخاص والمهام ليست حقيقية.",
    credit: "المصدر: CBS / PDOK، خريطة الأحياء (مبسطة)",
  },
  form: {
    required: "إلزامي",
    optional: "اختياري",
    errorSummary: "حدث خطأ. يرجى التحقق من هذه الحقول:",
    csrf: "انتهت صلاحية النموذج. يرجى المحاولة مرة أخرى.",
  },
  errors: {
    title: "حدث خطأ",
    notFound: "هذه الصفحة غير موجودة (لم تعد موجودة).",
    forbidden: "لا يُسمح لك بمشاهدة هذه الصفحة.",
    unauthenticated: "يرجى تسجيل الدخول أولاً.",
    generic: "حدث خطأ من جهتنا. يرجى المحاولة مرة أخرى لاحقاً.",
    backHome: "العودة إلى الصفحة الرئيسية",
    rateLimited: "لقد حاولت مرات كثيرة. يرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.",
    titles: {
      badRequest: "هذا الطلب غير صحيح",
      forbidden: "لا يوجد إذن بالدخول",
      notFound: "الصفحة غير موجودة",
      methodNotAllowed: "هذا غير ممكن هنا",
      tooLarge: "النص طويل جداً",
      unsupportedType: "لا نستطيع قراءة هذا النموذج",
      formExpired: "انتهت صلاحية النموذج",
      rateLimited: "يرجى الانتظار قليلاً",
      unavailable: "غير متاح حالياً",
    },
    badRequest: "لا نستطيع قراءة ما أرسله متصفحك. يرجى الرجوع والمحاولة مرة أخرى.",
    methodNotAllowed: "لا يمكن إرسال شيء من هذه الصفحة. يرجى الرجوع إلى الصفحة السابقة.",
    unavailable: "موقع Noaber غير متاح حالياً. يرجى المحاولة مرة أخرى بعد بضع دقائق.",
    problems: {
      unsupportedType: "لم يصل النموذج بشكل صحيح. يرجى الرجوع وتحديث الصفحة والمحاولة مرة أخرى.",
      unreadableForm: "لم يصل النموذج بشكل صحيح. يرجى الرجوع وتحديث الصفحة والمحاولة مرة أخرى.",
      tooLarge: "ما أرسلته كبير جداً. يرجى كتابة نص أقصر والمحاولة مرة أخرى.",
      formExpired: "انتهت صلاحية النموذج، لذلك لم يُحفظ أي شيء. يرجى الرجوع وتحديث الصفحة والمحاولة مرة أخرى.",
    },
    loggedInAs: "أنت مسجل الدخول باسم \u2068{{name}}\u2069.",
    otherAccount: "هل تريد استخدام حساب آخر؟ يرجى تسجيل الخروج أولاً.",
    logOut: "تسجيل الخروج",
    forbiddenReasons: {
      notAllowed: { text: "لا يُسمح لك بفعل هذا بهذا الحساب.", goTo: "إلى الصفحة الرئيسية" },
      organisationOnly: {
        text: "هذه الصفحة لمنسقي المنظمات فقط. حسابك غير مرتبط بأي منظمة.",
        goTo: "إلى الصفحة الرئيسية",
      },
      volunteerOnly: {
        text: "الملف التطوعي للمتطوعين فقط. حسابك ليس حساب متطوع.",
        goTo: "إلى الصفحة الرئيسية",
      },
      notYourOpportunity: {
        text: "يمكنك إدارة مهام ووظائف منظمتك فقط.",
        goTo: "إلى منظمتي",
      },
      notInConversation: { text: "أنت لست مشاركاً في هذه المحادثة.", goTo: "إلى محادثاتي" },
      notYourOrganisation: {
        text: "هذا يخص منظمة أخرى. يمكنك إدارة منظمتك فقط.",
        goTo: "إلى منظمتي",
      },
      teamCoordinatorOnly: {
        text: "هذه الصفحة لمنسقي شركة أو شريك، مثل COA أو جمعية طلابية.",
        goTo: "إلى الصفحة الرئيسية",
      },
      notYourTeam: {
        text: "هذا الفريق يخص شركة أخرى أو شريكًا آخر. يمكنك إدارة فرقك فقط.",
        goTo: "إلى تسجيلات فرقي",
      },
      businessOnly: {
        text: "هذه الصفحة لمنسقي شركة فقط (Omarm Groningen).",
        goTo: "إلى الصفحة الرئيسية",
      },
      notYourBusiness: {
        text: "هذا يخص شركة أخرى. ترى بيانات شركتك فقط.",
        goTo: "إلى عروضنا",
      },
      groupCoordinatorOnly: { text: "هذه الصفحة لمنسقي شركة أو شريك فقط.", goTo: "إلى الصفحة الرئيسية" },
      notYourGroup: { text: "يمكنك إدارة مجموعتك فقط.", goTo: "إلى مجموعتي" },
      gemeenteOnly: { text: "هذه الصفحة لموظفي البلدية فقط.", goTo: "إلى الصفحة الرئيسية" },
    },
  },
  kind: {
    task: "مهمة",
    vacancy: "وظيفة تطوعية",
  },
  live: {
    connected: "التحديثات المباشرة مفعّلة.",
  },
};
