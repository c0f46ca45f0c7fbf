using CivilityBot.Cards.Uploads;
using CivilityBot.Turns;

namespace CivilityBot.Uploads;

/// <summary>
/// The answer to a command that asks a person for a file (导入名单, 导入任务分解表, 上传佐证 16.1): a card with a signed
/// upload link, which works in every cloud; in personal chat also a pending upload, so the next file sent there is
/// taken for the purpose. Group chats and channels get the link only (Teams sends bots no files there).
/// </summary>
public sealed class UploadInvitations(PendingUploads pending, UploadLinks links)
{
    /// <summary>How long a pending upload waits for its file, in whole minutes, for the invitation's text.</summary>
    public int PendingMinutes => pending.LifetimeMinutes;

    /// <summary>
    /// Replies to <paramref name="message"/> with the card headed <paramref name="heading"/>, saying
    /// <paramref name="inPersonalChat"/> or, in a group chat or channel, <paramref name="inSharedConversation"/>.
    /// </summary>
    public Task ReplyAsync(
        MessageTurn message, string personName, string purposeKey, string target, string heading,
        string inPersonalChat, string inSharedConversation, CancellationToken cancellationToken)
    {
        var url = links.Issue(purposeKey, target, personName);
        var shared = message.InSharedConversation;
        if (!shared)
        {
            pending.Begin(personName, purposeKey, target);
        }

        var card = UploadCards.Pending(heading, shared ? inSharedConversation : inPersonalChat, url);
        return message.ReplyCardAsync(heading, card, cancellationToken);
    }
}
