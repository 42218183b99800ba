import { useTranslation } from "react-i18next";
import type { NoticesExplanation } from "../../../server/domain/notices/notices.service";
import { formatMoment } from "../opportunities/format";

/**
 * The coordinator's view of the notices about their klus: one part per wave with its scope, how many
 * were told and why, who was passed over, and whether the waves stopped. Counts only, never names.
 */
export function NoticeWaves({ explanation }: { explanation: NoticesExplanation }) {
  const { t, i18n } = useTranslation("notices");
  const place = explanation.place;
  const wijk = place ? (place.wijkFormerName ? `${place.wijk} (${place.wijkFormerName})` : place.wijk) : "";
  const scopeText = (scope: NoticesExplanation["waves"][number]["scope"]) =>
    t(`scope.${scope}`, { buurt: place?.buurt ?? "", wijk, gebied: place?.gebied ?? "" });

  return (
    <section aria-labelledby="berichten" className="noaber-notice-waves">
      <h2 id="berichten" className="utrecht-heading-2">
        {t("heading")}
      </h2>
      <p className="utrecht-paragraph noaber-prose">{t("intro")}</p>
      {explanation.waves.length === 0 ? <p className="utrecht-paragraph">{t("none")}</p> : null}
      <ol className="noaber-notice-waves__list">
        {explanation.waves.map((wave) => {
          const s = wave.summary;
          const reasons = [
            s.withSkill > 0 ? t("withSkill", { count: s.withSkill }) : null,
            s.near > 0 ? t("near", { count: s.near }) : null,
            s.available > 0 ? t("available", { count: s.available }) : null,
            s.flexible > 0 ? t("flexible", { count: s.flexible }) : null,
            s.language > 0 ? t("language", { count: s.language }) : null,
          ].filter((r): r is string => r !== null);
          const passed = [
            s.passedCap > 0 ? t("passedCap", { count: s.passedCap }) : null,
            s.passedAvailability > 0 ? t("passedAvailability", { count: s.passedAvailability }) : null,
          ].filter((r): r is string => r !== null);
          return (
            <li key={wave.number}>
              <h3 className="utrecht-heading-3">
                {t("wave", { number: wave.number, moment: formatMoment(wave.sentAt, i18n.language) })}
              </h3>
              <p className="utrecht-paragraph">{t("told", { count: wave.told, scope: scopeText(wave.scope) })}</p>
              {reasons.length > 0 ? (
                <p className="utrecht-paragraph">
                  {t("why")} {reasons.join("; ")}.
                </p>
              ) : null}
              {passed.length > 0 ? (
                <p className="utrecht-paragraph">
                  {t("passed")} {passed.join("; ")}.
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {explanation.stopped ? (
        <p className="utrecht-paragraph" data-testid="waves-stopped">
          {t(`stopped.${explanation.stopped}`)}
          {explanation.stopped === "noOneLeft" && explanation.noOneLeft
            ? [
                explanation.noOneLeft.summary.passedCap > 0
                  ? ` ${t("passed")} ${t("passedCap", { count: explanation.noOneLeft.summary.passedCap })}.`
                  : "",
                explanation.noOneLeft.summary.passedAvailability > 0
                  ? ` ${t("passed")} ${t("passedAvailability", { count: explanation.noOneLeft.summary.passedAvailability })}.`
                  : "",
              ].join("")
            : null}
        </p>
      ) : explanation.nextWaveAt ? (
        <p className="utrecht-paragraph">
          {t("next", { moment: formatMoment(explanation.nextWaveAt, i18n.language) })}
        </p>
      ) : null}
    </section>
  );
}
