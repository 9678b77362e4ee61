// Routes. Every page is its own chunk (React.lazy), loaded when first visited.
import { Suspense, lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { createBrowserRouter } from 'react-router';
import { setUnauthenticatedHandler } from './api/client.ts';
import { forgetSession } from './api/hooks.ts';
import { queryClient } from './api/queryClient.ts';
import { AppLayout } from './components/AppLayout.tsx';
import { RequireSession } from './components/RequireSession.tsx';
import { loginPath } from './components/safeNext.ts';
import { PageLoader } from './components/states.tsx';
import { WorkspaceLayout } from './components/WorkspaceLayout.tsx';

function page(Component: LazyExoticComponent<ComponentType>) {
  return (
    <Suspense fallback={<PageLoader />}>
      <Component />
    </Suspense>
  );
}

const LoginPage = lazy(() => import('./pages/auth/LoginPage.tsx'));
const InvitationPage = lazy(() => import('./pages/invitation/InvitationPage.tsx'));
const RootRedirect = lazy(() => import('./pages/home/RootRedirect.tsx'));
const CreateWorkspacePage = lazy(() => import('./pages/home/CreateWorkspacePage.tsx'));
const HomePage = lazy(() => import('./pages/home/HomePage.tsx'));
const PlanPage = lazy(() => import('./pages/plan/PlanPage.tsx'));
const PolicyPage = lazy(() => import('./pages/policy/PolicyPage.tsx'));
const PlaybooksPage = lazy(() => import('./pages/playbooks/PlaybooksPage.tsx'));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage.tsx'));
const ListeningPage = lazy(() => import('./pages/listening/ListeningPage.tsx'));
const RadarPage = lazy(() => import('./pages/radar/RadarPage.tsx'));
const InboxPage = lazy(() => import('./pages/inbox/InboxPage.tsx'));
const CommunityPage = lazy(() => import('./pages/community/CommunityPage.tsx'));
const ReportsPage = lazy(() => import('./pages/reports/ReportsPage.tsx'));
const SettingsLayout = lazy(() => import('./pages/settings/SettingsLayout.tsx'));
const WorkspaceSettingsPage = lazy(() => import('./pages/settings/WorkspaceSettingsPage.tsx'));
const BrandsPage = lazy(() => import('./pages/settings/BrandsPage.tsx'));
const MembersPage = lazy(() => import('./pages/settings/MembersPage.tsx'));
const InvitationsPage = lazy(() => import('./pages/settings/InvitationsPage.tsx'));
const RolesPage = lazy(() => import('./pages/settings/RolesPage.tsx'));
const ChannelsPage = lazy(() => import('./pages/settings/channels/ChannelsPage.tsx'));
const ApprovalFlowPage = lazy(() => import('./pages/settings/approvals/ApprovalFlowPage.tsx'));
const AuditLogPage = lazy(() => import('./pages/settings/AuditLogPage.tsx'));
const FailedJobsPage = lazy(() => import('./pages/settings/FailedJobsPage.tsx'));
const AccountPage = lazy(() => import('./pages/account/AccountPage.tsx'));
const TokensPage = lazy(() => import('./pages/account/TokensPage.tsx'));
const NotFoundPage = lazy(() => import('./pages/home/NotFoundPage.tsx'));

export const router = createBrowserRouter([
  { path: '/login', element: page(LoginPage) },
  { path: '/invite/:token', element: page(InvitationPage) },
  {
    element: <RequireSession />,
    children: [
      { path: '/', element: page(RootRedirect) },
      {
        element: <AppLayout />,
        children: [
          { path: '/new-workspace', element: page(CreateWorkspacePage) },
          { path: '/account', element: page(AccountPage) },
          { path: '/account/tokens', element: page(TokensPage) },
          {
            path: '/w/:workspaceId',
            element: <WorkspaceLayout />,
            children: [
              { index: true, element: page(HomePage) },
              // Each of these areas routes its own sub-pages (wizard, editor, drill…).
              { path: 'plan/*', element: page(PlanPage) },
              { path: 'policy/*', element: page(PolicyPage) },
              { path: 'playbooks/*', element: page(PlaybooksPage) },
              { path: 'calendar/*', element: page(CalendarPage) },
              { path: 'listening', element: page(ListeningPage) },
              { path: 'radar', element: page(RadarPage) },
              { path: 'inbox', element: page(InboxPage) },
              { path: 'community', element: page(CommunityPage) },
              { path: 'reports', element: page(ReportsPage) },
              {
                path: 'settings',
                element: page(SettingsLayout),
                children: [
                  { index: true, element: page(WorkspaceSettingsPage) },
                  { path: 'brands', element: page(BrandsPage) },
                  { path: 'members', element: page(MembersPage) },
                  { path: 'invitations', element: page(InvitationsPage) },
                  { path: 'channels', element: page(ChannelsPage) },
                  { path: 'approvals', element: page(ApprovalFlowPage) },
                  { path: 'roles', element: page(RolesPage) },
                  { path: 'audit', element: page(AuditLogPage) },
                  { path: 'jobs', element: page(FailedJobsPage) },
                ],
              },
              { path: '*', element: page(NotFoundPage) },
            ],
          },
          { path: '*', element: page(NotFoundPage) },
        ],
      },
    ],
  },
]);

// A lost session on any signed-in call: forget what we cached and ask to sign in again, then come back.
setUnauthenticatedHandler(() => {
  forgetSession(queryClient);
  const here = window.location.pathname + window.location.search;
  if (!here.startsWith('/login')) void router.navigate(loginPath(here), { replace: true });
});
