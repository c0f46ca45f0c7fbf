using CivilityBot.Protocol.Schema;
using CivilityBot.Turns;
using Microsoft.Extensions.Options;

namespace CivilityBot.Uploads;

/// <summary>
/// Files sent to the bot in personal chat (manifest <c>supportsFiles</c>): taken for the sender's pending upload
/// (<see cref="PendingUploads"/>), checked like a page upload, and handed to the purpose only when every file of the
/// message passed. A message without files is left to the other commands; files anywhere but personal chat, from
/// someone not on the roster, or with no pending upload get a Chinese reply saying what to do, and nothing is kept.
/// Downloads run inside the turn: files in chat are small next to the page's limits, and a redelivered activity is
/// dropped by the protocol layer's de-duplication.
/// </summary>
public sealed class ChatFileCommand(
    PendingUploads pending, UploadPurposes purposes, ChatFileDownloader downloader, IOptions<UploadOptions> options) : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var files = ChatFile.Of(message.Turn.Activity);
        if (files.Count == 0)
        {
            return false;
        }

        if (Refusal(message, files) is { } refusal)
        {
            return await MessageTurn.Handled(message.ReplyTextAsync(refusal, cancellationToken));
        }

        var next = pending.Find(message.Sender.PersonName!)!;
        var purpose = purposes.Find(next.PurposeKey)!;
        var request = new UploadRequest(next.PurposeKey, next.Target, message.Sender);
        if (purpose.Refusal(request) is { } notAllowed)
        {
            return await MessageTurn.Handled(message.ReplyTextAsync(notAllowed, cancellationToken));
        }

        await ReceiveAsync(message, purpose, request, files, cancellationToken);
        return true;
    }

    /// <summary>Why the files cannot be taken at all (before any download), or null.</summary>
    private string? Refusal(MessageTurn message, IReadOnlyList<ChatFile> files)
    {
        if (message.Turn.Activity.Conversation?.ConversationType is { } type && type != "personal")
        {
            return UploadTexts.ChatOnlyPersonal;
        }

        if (message.Sender.PersonName is not { } person)
        {
            return UploadTexts.ChatNotOnRoster;
        }

        if (pending.Find(person) is not { } next || purposes.Find(next.PurposeKey) is null)
        {
            return UploadTexts.ChatNothingPending(pending.LifetimeMinutes);
        }

        return files.Count > options.Value.MaxFilesPerUpload ? UploadTexts.ChatTooMany(options.Value.MaxFilesPerUpload) : null;
    }

    private async Task ReceiveAsync(MessageTurn message, IUploadPurpose purpose, UploadRequest request, IReadOnlyList<ChatFile> files, CancellationToken cancellationToken)
    {
        var checks = new List<UploadCheck>();
        try
        {
            foreach (var file in files)
            {
                var check = await downloader.FetchAsync(purpose, file, cancellationToken);
                checks.Add(check);
                if (check.Refusal is { } refusal)
                {
                    await message.ReplyTextAsync(refusal, cancellationToken);
                    return;
                }
            }

            var receipt = await UploadReceipts.ReceiveAsync(purpose, request, checks, cancellationToken);
            await message.ReplyAsync(Reply(message.Turn.Activity, receipt), cancellationToken);
        }
        finally
        {
            checks.ForEach(check => check.Dispose());
        }
    }

    private static Activity Reply(Activity inbound, UploadReceipt receipt)
    {
        if (receipt.Card is null)
        {
            return inbound.CreateReply(receipt.Text);
        }

        var reply = CardMessage.ReplyTo(inbound, receipt.Text, receipt.Card);
        reply.Text = receipt.Text;
        return reply;
    }
}
