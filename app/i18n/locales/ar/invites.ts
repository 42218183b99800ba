// The sign-up with an invite code, the welcome page and the menu item beside translated ones; a coordinator's
// invite codes fall back to English.
export default {
  signUp: {
    title: "التسجيل بدعوة",
    intro: "حصلت على رمز. به تصبح عضواً في مجموعة على Noaber.",
    invitedBy: "وصلتك هذه الدعوة من \u2068{{name}}\u2069.",
    code: "رمزك",
    codeDescription: "8 حروف وأرقام، مثلاً K7MP2QXA.",
    displayName: "اسمك الأول",
    displayNameDescription: "يرى الآخرون هذا الاسم.",
    email: "بريدك الإلكتروني",
    emailDescription: "ليس لديك بريد إلكتروني؟ ستحصل إذن على اسم دخول. تقرأ الرسائل في التطبيق.",
    languages: "ما اللغات التي تتكلمها؟",
    password: "اختر كلمة مرور",
    passwordDescription: "12 حرفاً على الأقل. جملة قصيرة من بضع كلمات سهلة التذكر.",
    consent: "قرأت كيف يتعامل Noaber مع بياناتي.",
    submit: "التسجيل",
  },
  welcome: {
    title: "أهلاً بك في Noaber",
    member: "أنت الآن عضو في \u2068{{name}}\u2069.",
    loginName: "اسم الدخول الخاص بك هو:",
    remember: "اكتب اسم الدخول على ورقة. تحتاجه مع كلمة المرور لتسجيل الدخول مرة أخرى.",
    next: "إلى الصفحة الرئيسية",
  },
  nav: { group: "مجموعتي" },
  errors: {
    code: {
      required: "اكتب رمزك.",
      unknown: "هذا الرمز غير موجود. تأكد أنك كتبته بشكل صحيح.",
      expired: "انتهت صلاحية هذا الرمز. اطلب رمزاً جديداً.",
      usedUp: "استخدم هذا الرمز العدد الأقصى من الأشخاص. اطلب رمزاً جديداً.",
      revoked: "تم إلغاء هذا الرمز. اطلب رمزاً جديداً.",
    },
  },
};
