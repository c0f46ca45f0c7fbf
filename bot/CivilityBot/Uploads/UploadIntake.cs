namespace CivilityBot.Uploads;

/// <summary>
/// The checks every incoming file passes, whichever way it came (page or chat) and whatever its purpose: a plain name,
/// an extension the purpose takes, within the purpose's size (read no further than the limit + 1 byte), not empty, and,
/// when the purpose sniffs (<see cref="IUploadContentCheck"/>), bytes that fit the name.
/// </summary>
public static class UploadIntake
{
    /// <summary>A refusal before any byte is read, or null: the name and extension checks.</summary>
    public static string? NameRefusal(IUploadPurpose purpose, string? name)
    {
        var shown = name ?? "";
        if (!UploadNames.IsPlain(name))
        {
            return UploadTexts.BadName(UploadNames.Visible(shown));
        }

        return purpose.Extensions.Contains("." + UploadNames.ExtensionOf(shown), StringComparer.OrdinalIgnoreCase)
            ? null
            : UploadTexts.NotAllowed(shown, purpose.Extensions);
    }

    /// <summary>
    /// The checked file, or a refusal. Reads <paramref name="content"/> to its end (or to the limit); throws what the
    /// stream throws when it is cut off, leaving nothing staged.
    /// </summary>
    public static async Task<UploadCheck> CheckAsync(IUploadPurpose purpose, string? name, Stream content, CancellationToken cancellationToken)
    {
        var shown = name ?? "";
        if (NameRefusal(purpose, name) is { } refusal)
        {
            return UploadCheck.Refused(UploadNames.Visible(shown), refusal);
        }

        var staged = await UploadStaging.StageAsync(content, purpose.MaxBytes, cancellationToken);
        var contentRefusal = staged.TooLarge ? UploadTexts.TooLarge(shown, purpose.MaxBytes)
            : staged.Size == 0 ? UploadTexts.Empty(shown)
            : (purpose as IUploadContentCheck)?.Refusal(shown, staged.Head.Span, staged.OpenRead);
        if (contentRefusal is not null)
        {
            staged.Dispose();
            return UploadCheck.Refused(shown, contentRefusal, staged.TooLarge);
        }

        return new UploadCheck(shown, staged, null);
    }
}
