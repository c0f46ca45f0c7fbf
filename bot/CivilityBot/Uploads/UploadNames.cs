namespace CivilityBot.Uploads;

/// <summary>Checks on the file names uploaders' devices (and Teams) send.</summary>
public static class UploadNames
{
    /// <summary>Longest name kept, in UTF-16 code units.</summary>
    public const int MaxLength = 200;

    /// <summary>
    /// True when <paramref name="name"/> is a plain file name: not blank, no folder part (/ or \), no control or
    /// Unicode format characters (such as the right-to-left override that disguises an extension), not "." or "..",
    /// at most <see cref="MaxLength"/> long.
    /// </summary>
    public static bool IsPlain(string? name) =>
        !string.IsNullOrWhiteSpace(name)
        && name.Length <= MaxLength
        && name is not ("." or "..")
        && !name.Any(c => c is '/' or '\\' or ':' || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);

    /// <summary>The extension of a plain name, lower case without the dot; empty when none.</summary>
    public static string ExtensionOf(string name) => Path.GetExtension(name).TrimStart('.').ToLowerInvariant();

    /// <summary>A refused name as it can be shown: control and format characters replaced by "?", cut at <see cref="MaxLength"/>.</summary>
    public static string Visible(string name) =>
        new([.. name.Take(MaxLength).Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? '?' : c)]);
}
