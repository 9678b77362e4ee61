// Writing a new post: /w/:ws/calendar/posts/new?brand=…&date=YYYY-MM-DD&time=HH:mm&campaign=…
// (the calendar passes the day and hour a person clicked, and the campaign they were looking at).
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Brand } from '../../../api/types.ts';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { NotAllowed } from '../../../components/states.tsx';
import { useWorkspaceContext } from '../../../components/workspaceContext.ts';
import { isolate } from '../../../i18n/isolate.ts';
import { PostForm } from './PostForm.tsx';

export function ComposerPage({ brand }: { brand: Brand }) {
  const { t } = useTranslation();
  const { canOnBrand } = useWorkspaceContext();
  const [params] = useSearchParams();
  if (!canOnBrand('post.create', brand.id)) return <NotAllowed />;
  const prefill = { date: params.get('date'), time: params.get('time'), campaign: params.get('campaign') };
  return (
    <>
      <PageHeader title={t('composeArea.newTitle')} description={t('composeArea.newDescription', { brand: isolate(brand.name) })} />
      {/* A fresh form per brand and per pre-filled time: nothing of one carries over to another. */}
      <PostForm key={`${brand.id}:${prefill.date ?? ''}:${prefill.time ?? ''}`} brand={brand} prefill={prefill} />
    </>
  );
}
