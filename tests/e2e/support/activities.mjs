// Talks to the bot directly with `deliveryMode: "expectReplies"`: the replies come back in the HTTP answer.
import { randomUUID } from 'node:crypto';
import { people, tenantId } from './people.mjs';

export const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';

/** A Teams personal-chat message activity from `user`. */
export function messageActivity(text, { user = people.liuBin, serviceUrl = 'http://127.0.0.1:9/', conversationId } = {}) {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: { id: '28:civilitybot-e2e', name: '文明创建助手' },
    conversation: { id: conversationId ?? `a:e2e-${user.aadObjectId}`, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    locale: 'zh-CN',
    text,
    textFormat: 'plain',
    deliveryMode: 'expectReplies',
  };
}

/** POSTs an activity and returns the activities the bot answered with. */
export async function postExpectReplies(messagesUrl, activity, { timeoutMs = 15000 } = {}) {
  const response = await fetch(messagesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`the bot answered ${response.status} to "${activity.text}": ${body}`);
  return JSON.parse(body).activities ?? [];
}

/** Asks the bot a question as `user` and returns its reply activities. */
export function ask(messagesUrl, text, options = {}) {
  return postExpectReplies(messagesUrl, messageActivity(text, options), options);
}

export function adaptiveCards(activities) {
  return activities.flatMap((a) => a.attachments ?? []).filter((a) => a.contentType === adaptiveCardType).map((a) => a.content);
}
