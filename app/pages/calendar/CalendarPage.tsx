// The calendar area: the calendar, the composer (`posts/new`), a post (`posts/:postId`) and the
// campaigns. Sub-pages keep the brand in `?brand=`, so every address names the brand it shows.
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { NoBrands } from '../../components/NoBrands.tsx';
import { LoadFailed, PageLoader } from '../../components/states.tsx';
import { useSelectedBrand } from '../../components/useSelectedBrand.ts';
import { CampaignsPage } from './campaigns/CampaignsPage.tsx';
import { ComposerPage } from './composer/ComposerPage.tsx';
import { useCalendarPaths } from './paths.ts';
import { PostPage } from './post/PostPage.tsx';

// FullCalendar is the area's largest part; the composer and the post page do not wait for it.
const CalendarHome = lazy(() => import('./calendar/CalendarHome.tsx').then((m) => ({ default: m.CalendarHome })));

export default function CalendarPage() {
  const selection = useSelectedBrand('post.view');
  if (selection.isLoading) return <PageLoader />;
  if (selection.error) return <LoadFailed error={selection.error} />;
  if (!selection.brand) return <NoBrands area="calendarArea" />;
  const brand = selection.brand;
  return (
    <Routes>
      <Route
        index
        element={
          <Suspense fallback={<PageLoader />}>
            {/* A fresh calendar per brand: its range, notices and dialogs belong to the brand shown. */}
            <CalendarHome key={brand.id} selection={selection} brand={brand} />
          </Suspense>
        }
      />
      <Route path="posts/new" element={<ComposerPage brand={brand} />} />
      <Route path="posts/:postId" element={<PostPage brand={brand} />} />
      <Route path="campaigns" element={<CampaignsPage selection={selection} brand={brand} />} />
      <Route path="*" element={<ToCalendar />} />
    </Routes>
  );
}

function ToCalendar() {
  return <Navigate to={useCalendarPaths().home} replace />;
}
