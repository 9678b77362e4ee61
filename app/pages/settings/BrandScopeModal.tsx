import { Button, Group, Modal, MultiSelect, Radio, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { workspacePath } from '../../api/hooks.ts';
import type { Brand, Member } from '../../api/types.ts';
import { ErrorAlert, fieldErrorsOf } from '../../components/errors.tsx';
import { isolate } from '../../i18n/isolate.ts';

interface BrandScopeModalProps {
  workspaceId: string;
  member: Member | null;
  brands: readonly Brand[];
  onClose: () => void;
  onSaved: () => void;
}

export function BrandScopeModal({ workspaceId, member, brands, onClose, onSaved }: BrandScopeModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={member !== null} onClose={onClose} title={t('settings.members.limitTitle', { name: isolate(member?.name ?? '') })}>
      {member && <BrandScopeForm key={member.id} workspaceId={workspaceId} member={member} brands={brands} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function BrandScopeForm({ workspaceId, member, brands, onClose, onSaved }: BrandScopeModalProps & { member: Member }) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<'all' | 'some'>(member.brandIds === null ? 'all' : 'some');
  const [selected, setSelected] = useState<string[]>(member.brandIds ?? []);
  const [localError, setLocalError] = useState<string | null>(null);
  const options = brands
    .filter((brand) => !brand.archivedAt || selected.includes(brand.id))
    .map((brand) => ({ value: brand.id, label: brand.name }));

  const save = useMutation({
    mutationFn: () =>
      api.patch(`${workspacePath(workspaceId)}/members/${member.id}`, { brandIds: scope === 'all' ? null : selected }),
    onSuccess: onSaved,
  });

  const submit = () => {
    if (scope === 'some' && selected.length === 0) {
      setLocalError(t('settings.members.scopeNeedsBrand'));
      return;
    }
    setLocalError(null);
    save.mutate();
  };

  return (
    <Stack>
      <ErrorAlert error={save.error} fields={['brandIds']} />
      <Radio.Group value={scope} onChange={(value) => setScope(value === 'some' ? 'some' : 'all')}>
        <Stack gap="xs">
          <Radio value="all" label={t('settings.members.scopeAll')} data-testid="scope-all" />
          <Radio value="some" label={t('settings.members.scopeSome')} data-testid="scope-some" />
        </Stack>
      </Radio.Group>
      <MultiSelect
        label={t('settings.members.scopeBrands')}
        placeholder={t('settings.members.scopeBrandsPlaceholder')}
        data={options}
        value={selected}
        onChange={(value) => {
          setSelected(value);
          if (value.length) setScope('some');
        }}
        disabled={scope === 'all'}
        searchable
        error={localError ?? fieldErrorsOf(save.error)['brandIds']}
        comboboxProps={{ withinPortal: true }}
        data-testid="scope-brands"
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button onClick={submit} loading={save.isPending} data-testid="scope-save">
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}
