import { parseWithZod } from "@conform-to/zod";
import { describe, expect, it } from "vitest";
import { logInSchema, signUpSchema } from "../../../../server/domain/accounts/accounts.schemas";

const valid = {
  displayName: "Mohammed Al-Sayed",
  email: "mo@example.test",
  password: "een-lange-zin-als-wachtwoord",
  consent: true,
};

function errorsOf(input: Record<string, unknown>) {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe("signUpSchema", () => {
  it("accepts a valid sign-up and trims name and e-mail, not the password", () => {
    const result = signUpSchema.parse({
      ...valid,
      displayName: "  Mohammed  ",
      email: " mo@example.test ",
      password: " spaties tellen mee ",
    });
    expect(result).toEqual({
      displayName: "Mohammed",
      email: "mo@example.test",
      password: " spaties tellen mee ",
      consent: true,
    });
  });

  it.each([
    ["", "accounts:errors.displayName.required"],
    ["   ", "accounts:errors.displayName.required"],
    ["a".repeat(81), "accounts:errors.displayName.tooLong"],
    ["<b>Anna</b>", "accounts:errors.displayName.characters"],
    ["Anna >", "accounts:errors.displayName.characters"],
    ["Anna\u0000", "accounts:errors.displayName.characters"],
    ["Anna\nde Vries", "accounts:errors.displayName.characters"],
    ["Anna\u202Esoorf", "accounts:errors.displayName.characters"],
  ])("refuses the name %j", (displayName, message) => {
    expect(errorsOf({ ...valid, displayName }).displayName).toContain(message);
  });

  it.each(["Zoë", "Ngọc Anh", "Ахмед", "أحمد", "می\u200Cخواهم", "a".repeat(80), "O'Neill-van Dijk"])(
    "accepts the name %j",
    (displayName) => {
      expect(errorsOf({ ...valid, displayName })).toEqual({});
    },
  );

  it.each([
    ["", "accounts:errors.email.required"],
    ["anna", "accounts:errors.email.invalid"],
    ["anna@", "accounts:errors.email.invalid"],
    [`${"a".repeat(250)}@x.nl`, "accounts:errors.email.tooLong"],
  ])("refuses the e-mail address %j", (email, message) => {
    expect(errorsOf({ ...valid, email }).email).toContain(message);
  });

  it.each([
    ["", "accounts:errors.password.tooShort"],
    ["elf-tekens!", "accounts:errors.password.tooShort"],
    ["x".repeat(129), "accounts:errors.password.tooLong"],
    ["Wachtwoord123", "accounts:errors.password.common"],
    ["123456789012", "accounts:errors.password.common"],
    ["Groningen2026", "accounts:errors.password.common"],
    ["MO@EXAMPLE.TEST", "accounts:errors.password.sameAsEmail"],
  ])("refuses the password %j", (password, message) => {
    expect(errorsOf({ ...valid, password }).password).toContain(message);
  });

  it("accepts passwords of exactly 12 and 128 characters", () => {
    expect(errorsOf({ ...valid, password: "twaalf-teken" })).toEqual({});
    expect(errorsOf({ ...valid, password: "y".repeat(128) })).toEqual({});
  });

  it("needs the consent box ticked", () => {
    expect(errorsOf({ ...valid, consent: false }).consent).toEqual(["accounts:errors.consent.required"]);
    expect(errorsOf({ ...valid, consent: undefined }).consent).toEqual(["accounts:errors.consent.required"]);
  });

  it("works on form data through Conform: a ticked box is 'on', an empty field is required", () => {
    const form = new FormData();
    form.set("displayName", "Anna");
    form.set("email", "anna@example.test");
    form.set("password", "een-lange-zin-als-wachtwoord");
    form.set("consent", "on");
    const ok = parseWithZod(form, { schema: signUpSchema });
    expect(ok.status).toBe("success");

    form.delete("consent");
    form.set("displayName", "");
    const failed = parseWithZod(form, { schema: signUpSchema });
    expect(failed.status).toBe("error");
    expect(failed.status === "error" ? failed.error : null).toMatchObject({
      displayName: ["accounts:errors.displayName.required"],
      consent: ["accounts:errors.consent.required"],
    });
  });
});

describe("logInSchema", () => {
  it("accepts any non-empty password, so an old password is checked rather than refused", () => {
    expect(logInSchema.safeParse({ email: "a@example.test", password: "kort" }).success).toBe(true);
  });

  it("needs both fields", () => {
    const result = logInSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    expect(result.error?.flatten().fieldErrors).toMatchObject({
      email: expect.arrayContaining(["accounts:errors.email.required"]) as unknown,
      password: ["accounts:errors.password.required"],
    });
  });
});
