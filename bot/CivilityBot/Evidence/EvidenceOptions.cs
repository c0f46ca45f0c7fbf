using System.ComponentModel.DataAnnotations;

namespace CivilityBot.Evidence;

/// <summary>Settings bound to section <c>Evidence</c>: where files are kept, which types and sizes are taken (links and the page: section Uploads).</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>
    /// The folder holding the evidence files; relative paths resolve against the folder of the LiteDB file
    /// (Storage:Path), so the files sit beside the database and are backed up with it.
    /// </summary>
    [Required]
    public string FilesPath { get; set; } = "evidence";

    /// <summary>
    /// File-name extensions (lower case, no dot) accepted; the bytes must also be of a type the name allows. Empty
    /// means <see cref="DefaultAllowedTypes"/> (filled in after binding: the configuration binder adds to a list it
    /// finds, so a default list here could not be narrowed by configuration).
    /// </summary>
    public List<string> AllowedTypes { get; set; } = [];

    /// <summary>Photos, scans, PDF, Word/Excel/PowerPoint (and WPS), audio and video.</summary>
    public static IReadOnlyList<string> DefaultAllowedTypes { get; } =
    [
        "jpg", "jpeg", "png", "heic", "heif", "gif", "webp", "tif", "tiff",
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "wps", "et", "dps",
        "mp3", "m4a", "wav", "amr", "aac", "mp4", "m4v", "mov", "3gp", "avi",
    ];

    /// <summary>Largest file taken, in bytes; the default 500 MB fits an hour's meeting recording on a phone.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 500L * 1024 * 1024;
}
