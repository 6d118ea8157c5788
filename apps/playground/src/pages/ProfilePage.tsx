import { PageHeader } from '../layout/PageHeader.js';
import { usePreferences } from '../preferences/usePreferences.js';
import { hostMessages } from '../preferences/hostMessages.js';

/** Acme's own profile page: host markup and styles next to the kit. */
export function ProfilePage() {
  const t = hostMessages(usePreferences().locale);
  return (
    <>
      <PageHeader title={t.profile} />
      <form className="acme-card acme-form" onSubmit={(event) => event.preventDefault()}>
        <label>
          Name
          <input name="name" defaultValue="Ada Lovelace" autoComplete="name" />
        </label>
        <label>
          Email
          <input name="email" type="email" defaultValue="ada@acme.example" autoComplete="email" />
        </label>
        <label>
          Role
          <select name="role" defaultValue="admin">
            <option value="admin">Admin</option>
            <option value="member">Member</option>
          </select>
        </label>
        <div>
          <button type="submit" className="acme-button">
            Save
          </button>
        </div>
      </form>
    </>
  );
}
