import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import type { Action } from '../../../core/permissions.ts';
import { useWorkspaceContext } from '../../components/workspaceContext.ts';

// `label` overrides the tab's string when it lives in an area's own strings (channelsArea).
const SECTIONS: { key: string; path: string; action: Action; label?: string }[] = [
  { key: 'workspace', path: '', action: 'workspace.view' },
  { key: 'brands', path: 'brands', action: 'brand.view' },
  // Everyone on a brand sees its channels and approval flow; the pages let managers change them.
  { key: 'channels', path: 'channels', action: 'post.view', label: 'channelsArea.tabs.channels' },
  { key: 'approvals', path: 'approvals', action: 'post.view', label: 'channelsArea.tabs.approvals' },
  { key: 'members', path: 'members', action: 'member.view' },
  { key: 'invitations', path: 'invitations', action: 'member.manage' },
  { key: 'roles', path: 'roles', action: 'workspace.view' },
  { key: 'audit', path: 'audit', action: 'audit.view' },
  { key: 'jobs', path: 'jobs', action: 'jobs.view' },
];

export default function SettingsLayout() {
  const { t } = useTranslation();
  const { workspaceId, can } = useWorkspaceContext();
  const { pathname } = useLocation();
  const base = `/w/${workspaceId}/settings`;
  const current = pathname.replace(/\/+$/, '').slice(base.length).replace(/^\//, '').split('/')[0] ?? '';
  return (
    <>
      <Title order={1} fz={26} mb="md">
        {t('settings.title')}
      </Title>
      <nav className="section-tabs" aria-label={t('settings.sectionsLabel')}>
        {SECTIONS.filter((section) => can(section.action)).map((section) => (
          <Link
            key={section.key}
            to={section.path ? `${base}/${section.path}` : base}
            className="section-tab"
            aria-current={current === section.path ? 'page' : undefined}
            data-testid={`settings-tab-${section.key}`}
          >
            {t(section.label ?? `settings.tabs.${section.key}`)}
          </Link>
        ))}
      </nav>
      <Outlet />
    </>
  );
}
