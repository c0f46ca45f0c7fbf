using CivilityBot.Cards.Checklists;
using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;
using CivilityBot.Uploads;

namespace CivilityBot.Evidence;

/// <summary>
/// 在聊天中发送 under a checklist item: in personal chat the next files sent there (within Uploads:PendingLifetime)
/// become the item's evidence, as after <c>上传佐证 16.1</c>; elsewhere the person is told to use 上传佐证 or their
/// personal chat. Owners and coordinators only; nothing else changes.
/// </summary>
public sealed class EvidenceChatUploadActions(EvidenceUploadPurpose purpose, PendingUploads pending) : ICardActionHandler
{
    public IReadOnlyCollection<string> Verbs { get; } = [EvidenceVerbs.ChatUpload];

    public Task<AdaptiveCardInvokeResponse> HandleAsync(CardActionTurn action, CancellationToken cancellationToken)
    {
        var id = action.GetString(EvidenceVerbs.Item) ?? "";
        var request = new UploadRequest(EvidenceUploadPurpose.PurposeKey, id, action.Sender);
        if (purpose.Refusal(request) is { } refusal)
        {
            return Task.FromResult(AdaptiveCardInvokeResponse.Message(refusal));
        }

        if (action.Turn.Activity.Conversation?.ConversationType is { } type && type != "personal")
        {
            return Task.FromResult(AdaptiveCardInvokeResponse.Message(EvidenceFileTexts.PageOnly));
        }

        pending.Begin(action.Sender.PersonName!, EvidenceUploadPurpose.PurposeKey, id);
        return Task.FromResult(AdaptiveCardInvokeResponse.Message(UploadTexts.PendingInChat($" {id} 的佐证材料", pending.LifetimeMinutes)));
    }
}
