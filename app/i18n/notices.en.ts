// English strings of the notices bell (app/components/notices/) and of a paused brand's badge and strip.
export const noticesEn = {
  bell: {
    label: {
      none: 'Notices, nothing new',
      one: 'Notices, 1 new',
      other: 'Notices, {{n}} new',
    },
    title: 'Notices',
    readAll: 'Mark all as read',
    empty: 'Nothing new. You’ll be told here when a post needs your approval, is published, or fails.',
    loadFailed: 'We couldn’t load your notices. Check your connection and try again.',
    /** Said to screen readers beside a notice not read yet. */
    unreadMark: 'Not read yet',
  },
  someone: 'Someone',
  untitledPost: 'Untitled post',
  // A short headline per kind, then a line with what to do or the words behind it.
  kinds: {
    approval_requested: {
      title: '“{{post}}” awaits your approval',
      detail: 'Sent by {{by}} · step: {{step}}',
      detailNoStep: 'Sent by {{by}}',
    },
    post_approved: {
      title: '“{{post}}” is approved',
      detail: 'It passed every approval step.',
    },
    changes_requested: {
      title: 'Changes requested to “{{post}}”',
      detail: '{{by}}: “{{note}}”',
    },
    post_commented: {
      title: 'New comment on “{{post}}”',
      detail: '{{by}}: “{{note}}”',
    },
    post_published: {
      title: '“{{post}}” was published',
    },
    post_failed: {
      title: '“{{post}}” was not published on {{network}}',
      titleNoChannel: '“{{post}}” was not published',
    },
    not_approved_in_time: {
      title: '“{{post}}” was not published: it wasn’t approved in time',
      detail: 'Once it is approved, choose a new time.',
    },
    channel_needs_reconnect: {
      title: 'Reconnect {{account}} on {{network}}',
      titleNoNetwork: 'Reconnect the channel {{account}}',
      detail: 'Its login failed several times in a row. Posts to it won’t go out until it is reconnected in Settings → Channels.',
    },
    brand_paused: {
      title: 'All publishing for {{brand}} is paused',
      detail: '{{by}}: “{{reason}}”',
    },
    brand_resumed: {
      title: 'Publishing resumed for {{brand}}',
      detail: 'Resumed by {{by}}. Every queued post was checked again.',
    },
    silence: {
      title: '{{brand}} has gone quiet on {{network}}',
      detail: {
        one: 'Nothing was published there for a day, longer than the plan allows. Silence hurts a brand.',
        other: 'Nothing was published there for {{n}} days, longer than the plan allows. Silence hurts a brand.',
      },
    },
  },
  paused: {
    badge: 'Paused',
    tooltip: 'Publishing is paused: {{reason}}',
    tooltipNoReason: 'Publishing is paused',
    strip: 'Publishing for {{brand}} is paused: {{reason}}',
    stripNoReason: 'Publishing for {{brand}} is paused.',
    toCalendar: 'Open the calendar to resume',
  },
};
