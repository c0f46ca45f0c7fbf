using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Uploads;
using Microsoft.Extensions.Options;

namespace CivilityBot.Evidence;

/// <summary>
/// Evidence as an upload purpose (key "evidence", target = sub-criterion id): the page and personal-chat files both end
/// in <see cref="EvidenceIntake"/> and <see cref="IEvidenceStore.Add"/>, so a file lands the same whichever way it came.
/// The owners of the sub-criterion's indicator and coordinators may upload; the type is sniffed from the bytes.
/// </summary>
public sealed class EvidenceUploadPurpose(
    EvidenceIntake intake, IEvidenceStore store, IPlan plan, IPeopleDirectory people, TimeProvider time, IOptions<EvidenceOptions> options)
    : IUploadPurpose, IUploadContentCheck, IUploadBatchPurpose, IUploadPageContent
{
    public const string PurposeKey = "evidence";

    public string Key => PurposeKey;

    public string Title => "佐证材料";

    public IReadOnlyList<string> Extensions => [.. options.Value.AllowedTypes.Select(type => "." + type)];

    public long MaxBytes => options.Value.MaxFileBytes;

    public string? Refusal(UploadRequest request)
    {
        if (plan.Current.IndicatorOf(request.Target) is not { } indicator)
        {
            return EvidenceTexts.NoSuchItem(request.Target);
        }

        return request.Sender.PersonName is { } person && (indicator.IsOwnedBy(person) || people.IsCoordinator(person))
            ? null
            : EvidenceTexts.NotOwner;
    }

    public string? Refusal(string fileName, ReadOnlySpan<byte> head, Func<Stream> openRead) =>
        EvidenceIntake.TypeRefusal(fileName, EvidenceTypeSniffer.Sniff(head, openRead));

    public async Task<UploadReceipt> ReceiveAsync(UploadRequest request, UploadedFile file, CancellationToken cancellationToken)
    {
        using var check = await intake.CheckAsync(file.FileName, file.Content, cancellationToken);
        if (check.Refusal is { } refusal)
        {
            return new UploadReceipt(refusal);
        }

        var person = request.Sender.PersonName!;
        store.Add(check.Staged!, new EvidenceFileInfo(request.Target, check.Name, check.Type!, OwnerOf(request.Target, person), person, time.GetUtcNow()));
        return new UploadReceipt(EvidenceTexts.Saved(1, request.Target));
    }

    public UploadReceipt Summarise(UploadRequest request, IReadOnlyList<UploadReceipt> receipts) =>
        new(EvidenceTexts.Saved(receipts.Count, request.Target));

    public UploadPageModel Describe(UploadRequest request)
    {
        var files = store.FilesOf(request.Target).Select(file => (file.OriginalName, $"{EvidenceTexts.Size(file.Size)} · {file.UploadedBy}")).ToList();
        var text = plan.Current.FindSubCriterion(request.Target)?.Text ?? "";
        return new UploadPageModel("上传佐证材料", request.Target, text, "负责人：" + request.Sender.PersonName, files);
    }

    /// <summary>Whose evidence it is: the uploader when they own the item, else (a coordinator uploading) its first owner.</summary>
    private string OwnerOf(string subCriterionId, string uploader) =>
        plan.Current.IndicatorOf(subCriterionId) is { } indicator && !indicator.IsOwnedBy(uploader)
            ? (indicator.Owners.Count > 0 ? indicator.Owners[0].Person : uploader)
            : uploader;
}
