import { hostMessages } from '../preferences/hostMessages.js';
import { usePreferences, type Preferences } from '../preferences/usePreferences.js';

const ACCENTS = ['#4f46e5', '#0d9488', '#e11d48', '#d97706'];

/** Accent colour, colour scheme and language: the host settings the kit has to follow. */
export function PreferenceControls() {
  const { accent, colorScheme, locale, update } = usePreferences();
  const t = hostMessages(locale);
  return (
    <div className="acme-controls">
      <fieldset className="acme-swatches">
        <legend className="acme-visually-hidden">{t.accent}</legend>
        {ACCENTS.map((colour) => (
          <label key={colour} className="acme-swatch" style={{ background: colour }}>
            <input
              type="radio"
              name="accent"
              value={colour}
              checked={accent === colour}
              onChange={() => update({ accent: colour })}
              aria-label={colour}
            />
          </label>
        ))}
        <input
          type="color"
          value={accent}
          onChange={(event) => update({ accent: event.target.value })}
          aria-label={t.accent}
        />
      </fieldset>
      <label>
        <span className="acme-visually-hidden">{t.scheme}</span>
        <select
          value={colorScheme}
          onChange={(event) => update({ colorScheme: event.target.value as Preferences['colorScheme'] })}
        >
          <option value="light">{t.light}</option>
          <option value="dark">{t.dark}</option>
          <option value="system">{t.system}</option>
        </select>
      </label>
      <label>
        <span className="acme-visually-hidden">{t.language}</span>
        <select value={locale} onChange={(event) => update({ locale: event.target.value as Preferences['locale'] })}>
          <option value="en">English</option>
          <option value="de">Deutsch</option>
        </select>
      </label>
    </div>
  );
}
