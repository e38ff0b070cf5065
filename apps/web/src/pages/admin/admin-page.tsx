import { Stack, Tabs, Title } from '@mantine/core';
import { Action } from '@resultatkedjan/contracts';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../auth/use-auth';
import { svAdmin } from '../../i18n/sv-admin';
import { useDocumentTitle } from '../../lib/use-document-title';
import { OrgTreeEditor } from './org-tree-editor';
import { SettingsForm } from './settings-form';
import { SignInForm } from './sign-in-form';
import { svSignIn } from '../../i18n/sv-sign-in';
import { UsersAdmin } from './users-admin';

const t = svAdmin;
const TABS = ['organisation', 'anvandare', 'installningar', 'inloggning'] as const;
type Tab = (typeof TABS)[number];

/**
 * /administration?flik=…: the org tree (admin and controller), users and roles, settings and sign-in (admin); the tab is
 * in the address.
 */
export function AdminPage() {
  useDocumentTitle(t.title);
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const allowed: Record<Tab, boolean> = { organisation: true, anvandare: can(Action.userManage), installningar: can(Action.tenantWrite), inloggning: can(Action.tenantWrite) };
  const asked = params.get('flik') as Tab | null;
  const tab: Tab = asked && (TABS as readonly string[]).includes(asked) && allowed[asked] ? asked : 'organisation';
  return (
    <Stack gap="md">
      <Title order={1}>{t.title}</Title>
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'organisation' ? { flik: v } : {})} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="organisation">{t.tabs.organisation}</Tabs.Tab>
          {allowed.anvandare && <Tabs.Tab value="anvandare">{t.tabs.users}</Tabs.Tab>}
          {allowed.installningar && <Tabs.Tab value="installningar">{t.tabs.settings}</Tabs.Tab>}
          {allowed.inloggning && <Tabs.Tab value="inloggning">{svSignIn.tab}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="organisation" pt="md">
          <OrgTreeEditor />
        </Tabs.Panel>
        <Tabs.Panel value="anvandare" pt="md">
          <UsersAdmin />
        </Tabs.Panel>
        <Tabs.Panel value="installningar" pt="md">
          <SettingsForm />
        </Tabs.Panel>
        <Tabs.Panel value="inloggning" pt="md">
          <SignInForm />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
