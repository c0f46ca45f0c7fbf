namespace CivilityBot.Evidence;

/// <summary>What a file counts as against a sub-criterion's requirement.</summary>
public enum EvidenceKind
{
    /// <summary>A photo or scan (jpeg, png, heic, gif, webp, tiff).</summary>
    Photo,

    /// <summary>PDF, Word, Excel or PowerPoint.</summary>
    Document,

    Audio,

    Video,
}
