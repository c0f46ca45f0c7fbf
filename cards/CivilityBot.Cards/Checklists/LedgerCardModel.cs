namespace CivilityBot.Cards.Checklists;

/// <summary>The ledger download card: what the export holds and the two download links.</summary>
public sealed record LedgerCardModel(
    string Title,
    string Summary,
    string ExpiryNote,
    string XlsxTitle,
    string XlsxUrl,
    string CsvTitle,
    string CsvUrl)
{
    /// <summary>The binder button (the zip of evidence files with 目录.xlsx); null when evidence is not in use.</summary>
    public string? BinderTitle { get; init; }

    public string? BinderUrl { get; init; }
}
