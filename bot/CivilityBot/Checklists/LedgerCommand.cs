using CivilityBot.People;
using System.Globalization;
using CivilityBot.Cards.Checklists;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;
using CivilityBot.Turns;
using Microsoft.Extensions.Options;

namespace CivilityBot.Checklists;

/// <summary>导出台账 / export ledger: coordinators get download links (xlsx and CSV) that expire.</summary>
public sealed class LedgerCommand(
    DownloadLinks links, IChecklistStore store, IPlan plan, BureauClock clock, IEnumerable<IStreamedDownloadSource> binders)
    : IMessageCommand
{
    public async Task<bool> TryHandleAsync(MessageTurn message, CancellationToken cancellationToken)
    {
        var match = ChecklistCommandPatterns.Ledger().Match(message.Text);
        if (!match.Success)
        {
            return false;
        }

        var language = ChecklistCommandPatterns.LanguageOf(match);
        if (await message.RequireCoordinatorAsync(language, cancellationToken) is { } coordinator)
        {
            var model = Model(links.Issue(LedgerDownloadSource.LedgerKind, null, coordinator), language);
            await message.ReplyCardAsync(model.Summary, LedgerCards.Download(model), cancellationToken);
        }

        return true;
    }

    private LedgerCardModel Model(IssuedDownload download, ReplyLanguage language)
    {
        var rows = plan.Current.Indicators.Sum(indicator => indicator.SubCriteria.Count);
        var audit = store.AuditCount();
        var expires = clock.Format(download.ExpiresAt);
        var (xlsx, csv) = (download.XlsxUrl, download.CsvUrl);
        var binder = binders.Any(source => source.Kind == LedgerDownloadSource.LedgerKind) ? download.ZipUrl : null;
        var model = language == ReplyLanguage.English
            ? new LedgerCardModel("Ledger export", $"{rows} sub-criteria and {audit} recorded changes; the file is built when you download it.",
                $"The links work until {expires} (Beijing time). Do not forward them.", "Download Excel", xlsx, "Download CSV", csv)
            : new LedgerCardModel("台账导出", $"共 {rows} 个子项、{audit} 条修改记录；下载时生成最新台账。",
                $"链接有效期至 {expires}，请勿转发。", "下载 Excel", xlsx, "下载 CSV", csv);
        return binder is null ? model : model with
        {
            BinderTitle = language == ReplyLanguage.English ? "Download binder (evidence files + 目录.xlsx)" : "下载台账资料包（佐证文件 + 目录.xlsx）",
            BinderUrl = binder,
        };
    }
}
