namespace CivilityBot.Cards.Reminders;

/// <summary>Download links of one broadcast's delivery report.</summary>
public sealed record ReportLinksModel(string XlsxUrl, string CsvUrl, string ExpiresText);
