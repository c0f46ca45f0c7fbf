using CivilityBot.Outreach;
using CivilityBot.Turns;

namespace CivilityBot.Uploads;

/// <summary>
/// Hands checked files to their purpose and tells the person: the receipt's text answers the page (or the chat message);
/// a receipt card from a page upload is posted to the person's personal chat through the messenger (their stored chat,
/// or a new 1:1 chat), since the page cannot show buttons that act in Teams.
/// </summary>
public sealed partial class UploadReceipts(IProactiveMessenger messenger, ILogger<UploadReceipts> logger)
{
    /// <summary>Gives each passed file of <paramref name="checks"/> to the purpose, in order; the receipt for all of them.</summary>
    public static async Task<UploadReceipt> ReceiveAsync(IUploadPurpose purpose, UploadRequest request, IReadOnlyList<UploadCheck> checks, CancellationToken cancellationToken)
    {
        var receipts = new List<UploadReceipt>(checks.Count);
        foreach (var check in checks)
        {
            await using var content = check.Staged!.OpenRead();
            receipts.Add(await purpose.ReceiveAsync(request, new UploadedFile(check.Name, check.Staged.Size, content), cancellationToken));
        }

        return UploadPurposes.Summarise(purpose, request, receipts);
    }

    /// <summary>Posts <paramref name="receipt"/>'s card, if any, to the uploader in Teams; a failure is logged, never thrown (the files are in).</summary>
    public async Task PostCardAsync(UploadRequest request, UploadReceipt receipt, CancellationToken cancellationToken)
    {
        if (receipt.Card is null || request.Sender.PersonName is not { } person)
        {
            return;
        }

        var result = await messenger.SendAsync(person, CardMessage.Create(receipt.Text, receipt.Card), cancellationToken);
        if (result.State != DeliveryState.Sent)
        {
            LogCardNotPosted(logger, request.PurposeKey, result.State.ToString());
        }
    }

    [LoggerMessage(EventId = 8102, Level = LogLevel.Warning, Message = "The {Purpose} upload's card could not be posted to the uploader's personal chat ({State})")]
    private static partial void LogCardNotPosted(ILogger logger, string purpose, string state);
}
