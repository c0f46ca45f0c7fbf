using CivilityBot.Uploads;
using Microsoft.Extensions.Options;

namespace CivilityBot.Evidence;

/// <summary>
/// Streams a file the Uploads intake has passed (plain name, allowed extension, size, not empty) into the evidence
/// store's staging area, hashing it, and recognises its type from the bytes. Nothing is added to a sub-criterion here.
/// </summary>
public sealed class EvidenceIntake(IEvidenceStore store, IOptions<EvidenceOptions> options)
{
    /// <summary>
    /// The staged file with its type, or a refusal (over the limit, empty, or bytes that do not fit the name). Throws
    /// what the stream throws when it is cut off, leaving nothing staged.
    /// </summary>
    public async Task<EvidenceCheck> CheckAsync(string name, Stream content, CancellationToken cancellationToken)
    {
        var staged = await store.StageAsync(content, options.Value.MaxFileBytes, cancellationToken);
        var type = staged.TooLarge || staged.Size == 0 ? null : EvidenceTypeSniffer.Sniff(staged.Head.Span, staged.OpenRead);
        var refusal = staged.TooLarge ? UploadTexts.TooLarge(name, options.Value.MaxFileBytes)
            : staged.Size == 0 ? UploadTexts.Empty(name)
            : TypeRefusal(name, type);
        if (refusal is not null)
        {
            staged.Dispose();
            return EvidenceCheck.Refused(name, refusal, staged.TooLarge);
        }

        return new EvidenceCheck(name, staged, type, null);
    }

    /// <summary>Null when <paramref name="type"/> (sniffed from the bytes) may carry <paramref name="name"/>'s extension; else the Chinese refusal.</summary>
    public static string? TypeRefusal(string name, EvidenceType? type) =>
        type is null ? EvidenceTexts.Unrecognised(name)
        : !type.Extensions.Contains(UploadNames.ExtensionOf(name)) ? EvidenceTexts.Contradicts(name, type.Extensions[0])
        : null;
}
