import { Alert, Button, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { DialogueActionDto, DialogueDto } from '@resultatkedjan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client';
import { createAction, saveAgendaNote, setActionStatus, setDialogueStatus } from '../../api/dialogues';
import { svDialogues as t } from '../../i18n/sv-dialogues';

function SaveError({ error }: { error: unknown }) {
  if (!error) return null;
  const fields = error instanceof ApiError ? Object.values(error.fields).flat() : [];
  return (
    <Alert color="red.9" variant="outline" title={t.saveFailed} role="alert">
      {fields.length ? fields.join(' ') : error instanceof Error ? error.message : String(error)}
    </Alert>
  );
}

/** The one step forward (planerad → genomförd → protokoll justerat), for who prepares the dialogue. */
export function StatusStep({ dialogue }: { dialogue: DialogueDto }) {
  const queryClient = useQueryClient();
  const next = dialogue.status === 'planerad' ? 'genomford' : dialogue.status === 'genomford' ? 'protokoll_justerat' : null;
  const mutation = useMutation({
    mutationFn: () => setDialogueStatus(dialogue, next!),
    onSuccess: (updated) => {
      queryClient.setQueryData(['dialogues', updated.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['dialogues'] });
    },
  });
  if (!next) return null;
  return (
    <Stack gap="xs" align="flex-start">
      <Button onClick={() => mutation.mutate()} loading={mutation.isPending}>
        {t.nextStatus[dialogue.status]}
      </Button>
      <SaveError error={mutation.error} />
    </Stack>
  );
}

/** A new action owned by the dialogue's own node (owner, goal and indicator can be set through the API). */
export function ActionForm({ dialogue }: { dialogue: DialogueDto }) {
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const mutation = useMutation({
    mutationFn: () => createAction(dialogue.id, { title, dueOn, ownerNodeId: dialogue.orgNodeId }),
    onSuccess: () => {
      setTitle('');
      setDueOn('');
      void queryClient.invalidateQueries({ queryKey: ['dialogues', dialogue.id, 'actions'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="ny-atgard">
      <Stack gap="xs">
        <Title order={3} id="ny-atgard">
          {t.newAction}
        </Title>
        <Group align="flex-end">
          <TextInput label={t.actionTitle} description={t.actionOwnerHelp(dialogue.orgNodeName)} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <TextInput label={t.actionDue} type="date" required value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
          <Button type="submit" loading={mutation.isPending}>
            {t.addAction}
          </Button>
        </Group>
        <SaveError error={mutation.error} />
      </Stack>
    </form>
  );
}

/** Close an open action (or open a closed one again); allowed even after the protocol is justerat. */
export function ActionToggle({ action }: { action: DialogueActionDto }) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => setActionStatus(action, action.status === 'oppen' ? 'stangd' : 'oppen'),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['dialogues', action.dialogueId, 'actions'] }),
  });
  return (
    <Stack gap={4}>
      <Button size="xs" variant="outline" onClick={() => mutation.mutate()} loading={mutation.isPending}>
        {action.status === 'oppen' ? t.closeAction(action.title) : t.reopenAction(action.title)}
      </Button>
      <SaveError error={mutation.error} />
    </Stack>
  );
}

/** Notes and decisions to one agenda item; an empty text removes the note. */
export function NoteForm({ dialogueId, itemKey, number, note }: { dialogueId: string; itemKey: string; number: number; note: string }) {
  const queryClient = useQueryClient();
  const [text, setText] = useState(note);
  const mutation = useMutation({
    mutationFn: () => saveAgendaNote(dialogueId, { itemKey, text }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['dialogues', dialogueId, 'agenda'] }),
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={onSubmit} aria-label={t.noteLabel(number)}>
      <Stack gap="xs" maw={720}>
        <Textarea label={t.noteLabel(number)} autosize minRows={2} maxLength={8000} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Group gap="sm">
          <Button type="submit" variant="outline" size="xs" loading={mutation.isPending}>
            {t.saveNote}
          </Button>
          {mutation.isSuccess && (
            <Text size="sm" role="status">
              {t.noteSaved}
            </Text>
          )}
        </Group>
        <SaveError error={mutation.error} />
      </Stack>
    </form>
  );
}
