using Microsoft.Extensions.Options;

namespace CivilityBot.Evidence;

/// <summary>
/// Checks one incoming file while streaming it into the store's staging area: a plain name, an allowed extension, not
/// empty, within the size limit, and bytes of a type the extension may carry. Nothing is added to a sub-criterion here.
/// </summary>
public sealed class EvidenceIntake(IEvidenceStore store, IOptions<EvidenceOptions> options)
{
    private EvidenceOptions Options => options.Value;

    /// <summary>
    /// The checked file, or a refusal. Reads <paramref name="content"/> to its end (or to the limit); throws what the
    /// stream throws when the upload is cut off, leaving nothing staged.
    /// </summary>
    public async Task<EvidenceCheck> CheckAsync(string? name, Stream content, CancellationToken cancellationToken)
    {
        var shown = name ?? "";
        if (!EvidenceNames.IsPlain(name))
        {
            return EvidenceCheck.Refused(shown, EvidenceTexts.BadName(Visible(shown)));
        }

        var extension = EvidenceNames.ExtensionOf(shown);
        if (!Options.AllowedTypes.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            return EvidenceCheck.Refused(shown, EvidenceTexts.NotAllowed(shown, Options.AllowedTypes));
        }

        var staged = await store.StageAsync(content, Options.MaxFileBytes, cancellationToken);
        var refusal = Refusal(shown, extension, staged, out var type);
        if (refusal is not null)
        {
            staged.Dispose();
            return EvidenceCheck.Refused(shown, refusal, staged.TooLarge);
        }

        return new EvidenceCheck(shown, staged, type, null);
    }

    private string? Refusal(string name, string extension, StagedEvidence staged, out EvidenceType? type)
    {
        type = null;
        if (staged.TooLarge)
        {
            return EvidenceTexts.TooLarge(name, Options.MaxFileBytes);
        }

        if (staged.Size == 0)
        {
            return EvidenceTexts.Empty(name);
        }

        type = EvidenceTypeSniffer.Sniff(staged.Head.Span, staged.OpenRead);
        return type is null ? EvidenceTexts.Unrecognised(name)
            : !type.Extensions.Contains(extension) ? EvidenceTexts.Contradicts(name, type.Extensions[0])
            : null;
    }

    /// <summary>A refused name as it can be shown: control and format characters replaced by "?".</summary>
    private static string Visible(string name) =>
        new([.. name.Take(EvidenceNames.MaxLength).Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '?' : c)]);
}
