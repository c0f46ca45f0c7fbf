using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CivilityBot.Turns;
using CivilityBot.Uploads;

namespace CivilityBot.Evidence;

/// <summary>
/// Evidence files in chat. <c>上传佐证 16.1</c>: the next files sent in personal chat go to 16.1 (a pending upload),
/// and the reply carries the signed upload page as well. <c>删除佐证 16.1</c> lists the item's files by number;
/// <c>删除佐证 16.1 2</c> takes file 2 off the item: it is no longer current (not on the card, in the binder or 目录.xlsx),
/// the audit trail keeps who removed what and when, and the bytes stay. The item's owners and coordinators only.
/// </summary>
public sealed partial class EvidenceFilesCommand(
    IEvidenceStore store, EvidenceUploadPurpose purpose, UploadInvitations invitations, TimeProvider time)
    : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var match = Pattern().Match(message.Text);
        if (!match.Success)
        {
            return false;
        }

        var id = match.Groups["id"].Value;
        var request = new UploadRequest(EvidenceUploadPurpose.PurposeKey, id, message.Sender);
        var upload = match.Groups["verb"].Value == "上传佐证";
        if (purpose.Refusal(request) is { } refusal)
        {
            // The same rule (the item's owners and coordinators) guards removal; only its wording differs.
            var text = !upload && refusal == EvidenceTexts.NotOwner ? EvidenceTexts.NotOwnerToRemove : refusal;
            return await MessageTurn.Handled(message.ReplyTextAsync(text, cancellationToken));
        }

        if (upload)
        {
            return await MessageTurn.Handled(BeginAsync(message, id, cancellationToken));
        }

        var reply = match.Groups["n"].Success ? Remove(id, int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), message.Sender.PersonName!) : List(id);
        return await MessageTurn.Handled(message.ReplyTextAsync(reply, cancellationToken));
    }

    private Task BeginAsync(MessageTurn message, string id, CancellationToken cancellationToken) =>
        invitations.ReplyAsync(
            message, message.Sender.PersonName!, EvidenceUploadPurpose.PurposeKey, id, $"上传佐证 {id}",
            UploadTexts.Pending($" {id} 的佐证材料（照片、PDF、Word 等）", invitations.PendingMinutes), EvidenceFileTexts.PageOnly,
            cancellationToken);

    private string List(string id)
    {
        var files = store.FilesOf(id);
        if (files.Count == 0)
        {
            return EvidenceFileTexts.NoFiles(id);
        }

        var text = new StringBuilder(EvidenceFileTexts.ListHeading(id));
        for (var index = 0; index < files.Count; index++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{index + 1}. {files[index].OriginalName}（{files[index].UploadedBy}）");
        }

        return text.Append('\n').Append(EvidenceFileTexts.HowToRemove(id)).ToString();
    }

    private string Remove(string id, int number, string person)
    {
        var files = store.FilesOf(id);
        if (number < 1 || number > files.Count)
        {
            return EvidenceFileTexts.NoSuchFile(id, number, files.Count);
        }

        var file = files[number - 1];
        return store.Remove(file.Id, person, time.GetUtcNow())
            ? EvidenceFileTexts.Removed(id, file.OriginalName)
            : EvidenceFileTexts.NoSuchFile(id, number, files.Count);
    }

    [GeneratedRegex(@"^(?<verb>上传佐证|删除佐证)\s*(?<id>\d+\.\d+)(?:\s+(?:第\s*)?(?<n>\d{1,3})(?:\s*个)?)?[\s。]*$")]
    private static partial Regex Pattern();
}
