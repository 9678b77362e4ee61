// The playbooks area: the brand's playbooks and the library, the editor (new, current, old versions),
// and drills. Sub-pages keep the brand in `?brand=`, so every address names the brand it shows.
import { Navigate, Route, Routes } from 'react-router';
import { LoadFailed, PageLoader } from '../../components/states.tsx';
import { useSelectedBrand } from '../../components/useSelectedBrand.ts';
import { DrillPage } from './DrillPage.tsx';
import { DrillsPage } from './DrillsPage.tsx';
import { NewPlaybookPage, PlaybookPage } from './PlaybookPage.tsx';
import { PlaybookListPage } from './PlaybookListPage.tsx';
import { usePlaybookPaths } from './paths.ts';
import { NoBrands } from '../../components/NoBrands.tsx';

export default function PlaybooksPage() {
  const selection = useSelectedBrand('policy.view');
  if (selection.isLoading) return <PageLoader />;
  if (selection.error) return <LoadFailed error={selection.error} />;
  if (!selection.brand) return <NoBrands area="playbooksArea" />;
  const brand = selection.brand;
  return (
    <Routes>
      <Route index element={<PlaybookListPage selection={selection} brand={brand} />} />
      <Route path="new" element={<NewPlaybookPage brand={brand} />} />
      <Route path=":playbookId" element={<PlaybookPage brand={brand} />} />
      <Route path=":playbookId/versions/:version" element={<PlaybookPage brand={brand} />} />
      <Route path=":playbookId/drills" element={<DrillsPage brand={brand} />} />
      <Route path=":playbookId/drills/:drillId" element={<DrillPage brand={brand} />} />
      <Route path="*" element={<ToList />} />
    </Routes>
  );
}

function ToList() {
  return <Navigate to={usePlaybookPaths().home} replace />;
}

