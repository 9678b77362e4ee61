import { Button, Group, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../core/validation.ts';
import { ApiError, api } from '../../api/client.ts';
import { workspacePath } from '../../api/hooks.ts';
import type { Brand } from '../../api/types.ts';
import { ErrorAlert, fieldErrorsOf } from '../../components/errors.tsx';
import { useRequiredSubmit } from '../../components/forms.ts';
import { DEFAULT_TIME_ZONE } from '../../i18n/format.ts';
import { timeZoneOptions } from './timeZones.ts';

const FIELDS = ['name', 'primaryLanguage', 'timeZone', 'description'] as const;

interface BrandFormProps {
  workspaceId: string;
  brand?: Brand;
  onSaved: (brand: Brand) => void;
  onCancel: () => void;
}

export function BrandForm({ workspaceId, brand, onSaved, onCancel }: BrandFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(brand?.name ?? '');
  const [primaryLanguage, setPrimaryLanguage] = useState<Locale>(brand?.primaryLanguage ?? 'he');
  const [timeZone, setTimeZone] = useState(brand?.timeZone ?? DEFAULT_TIME_ZONE);
  const [description, setDescription] = useState(brand?.description ?? '');

  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: name.trim(),
        primaryLanguage,
        timeZone,
        ...(brand || description.trim() ? { description: description.trim() } : {}),
      };
      return brand
        ? api.patch<{ brand: Brand }>(`${workspacePath(workspaceId)}/brands/${brand.id}`, body)
        : api.post<{ brand: Brand }>(`${workspacePath(workspaceId)}/brands`, body);
    },
    onSuccess: ({ brand: saved }) => onSaved(saved),
  });

  const { error: nameError, submit } = useRequiredSubmit(name, () => save.mutate());
  const serverErrors = fieldErrorsOf(save.error);
  // The only conflict a brand form can meet is a name already in use.
  const nameTaken = save.error instanceof ApiError && save.error.code === 'conflict';

  return (
    <form onSubmit={submit} noValidate data-testid="brand-form">
      <Stack>
        {!nameTaken && <ErrorAlert error={save.error} fields={FIELDS} />}
        <TextInput
          label={t('settings.brands.name')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            if (nameTaken) save.reset();
          }}
          error={nameError ?? serverErrors['name'] ?? (nameTaken ? t('settings.brands.nameTaken') : undefined)}
          required
          maxLength={100}
          data-autofocus
          data-testid="brand-name"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="brand-language-label">
            {t('settings.brands.primaryLanguage')}
          </Text>
          <SegmentedControl
            aria-labelledby="brand-language-label"
            value={primaryLanguage}
            onChange={(value) => setPrimaryLanguage(value as Locale)}
            data={[
              { value: 'he', label: t('settings.brands.languageHe') },
              { value: 'en', label: t('settings.brands.languageEn') },
            ]}
            data-testid="brand-language"
          />
          {serverErrors['primaryLanguage'] && (
            <Text size="xs" c="red">
              {serverErrors['primaryLanguage']}
            </Text>
          )}
        </Stack>
        <Select
          label={t('settings.brands.timeZone')}
          data={timeZoneOptions(brand?.timeZone)}
          value={timeZone}
          onChange={(value) => value && setTimeZone(value)}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('common.none')}
          error={serverErrors['timeZone']}
          comboboxProps={{ withinPortal: true }}
          data-testid="brand-timezone"
        />
        <Textarea
          label={t('settings.brands.descriptionLabel')}
          description={t('common.optional')}
          placeholder={t('settings.brands.descriptionPlaceholder')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={serverErrors['description']}
          autosize
          minRows={2}
          maxRows={6}
          data-testid="brand-description"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="brand-submit">
            {brand ? t('common.saveChanges') : t('settings.brands.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
