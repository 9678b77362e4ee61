import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyBlock } from '../../components/EmptyBlock.tsx';
import { IconAlert } from '../../components/icons.tsx';

export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyBlock title={t('notFound.title')} description={t('notFound.text')} icon={<IconAlert size={28} />} testId="not-found">
      <Button component={Link} to="/">
        {t('common.goHome')}
      </Button>
    </EmptyBlock>
  );
}
