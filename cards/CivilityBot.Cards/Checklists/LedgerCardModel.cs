namespace CivilityBot.Cards.Checklists;

/// <summary>The ledger download card: what the export holds and the two download links.</summary>
public sealed record LedgerCardModel(
    string Title,
    string Summary,
    string ExpiryNote,
    string XlsxTitle,
    string XlsxUrl,
    string CsvTitle,
    string CsvUrl);
