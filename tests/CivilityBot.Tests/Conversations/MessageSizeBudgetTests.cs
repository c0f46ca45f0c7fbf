using CivilityBot.Cards.Model;
using CivilityBot.Cards.Reminders;
using CivilityBot.Checklists;
using CivilityBot.Protocol.Schema;
using CivilityBot.Tests.Knowledge;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CivilityBot.Tests.Conversations;

/// <summary>The worst case of each card family that grows with the data, measured as a whole activity the way Teams counts it.</summary>
public sealed class MessageSizeBudgetTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Theory]
    [InlineData(ReplyLanguage.Chinese)]
    [InlineData(ReplyLanguage.English)]
    public void Progress_with_every_item_late_fits_one_message_and_says_what_was_left_out(ReplyLanguage language)
    {
        var afterTheCampaign = new FakeTimeProvider(new DateTimeOffset(2023, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var calculator = new ProgressCalculator(SeedCampaign.Campaign, new LiteDbChecklistStore(_db.Database), TestClock.Create(afterTheCampaign));
        var report = calculator.Compute(null);

        var composed = ProgressCardComposer.Compose(report, language);
        var size = ActivitySize.Utf16Bytes(CardMessage.Create(composed.Summary, composed.Card));

        Assert.Equal(report.Totals.Total, report.Totals.Late);
        Assert.InRange(size, 1, ActivitySize.BudgetBytes);
        Assert.Contains(report.Owners, pair => CardText(composed.Card).Contains(pair.Person, StringComparison.Ordinal));
    }

    /// <summary>Chinese, the users' language, keeps every indicator row even with every item late (English, with longer titles, cuts some).</summary>
    [Fact]
    public void Chinese_progress_cut_to_size_still_lists_every_indicator()
    {
        const ReplyLanguage language = ReplyLanguage.Chinese;
        var afterTheCampaign = new FakeTimeProvider(new DateTimeOffset(2023, 12, 1, 2, 0, 0, TimeSpan.Zero));
        var calculator = new ProgressCalculator(SeedCampaign.Campaign, new LiteDbChecklistStore(_db.Database), TestClock.Create(afterTheCampaign));

        var text = CardText(ProgressCardComposer.Compose(calculator.Compute(null), language).Card);

        Assert.All(SeedCampaign.Campaign.Indicators, indicator => Assert.Contains($"\"{indicator.Number} ", text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_status_card_with_every_problem_shown_and_the_longest_note_fits_one_message()
    {
        var problems = Enumerable.Range(1, 50).Select(i => new UnreachableRecipient($"欧阳长名{i}", ProactiveReasons.OutcomeUnknown)).ToList();
        var links = new ReportLinksModel(new string('x', 200), new string('y', 200), "2026-12-01 09:00");
        var model = new BroadcastStatusModel(
            "发送清单", 99999, "已完成", false, new string('人', 2000), "欧阳长名", "2026-11-30 09:00", new string('注', 500),
            10000, 0, 0, 9950, 25, 25, 0, problems, links);

        var card = BroadcastStatusCards.Build(model);

        Assert.InRange(ActivitySize.Utf16Bytes(CardMessage.Create(BroadcastStatusCards.Summary(model), card)), 1, ActivitySize.BudgetBytes);
    }

    private static string CardText(AdaptiveCard card) => CardJson.Serialize(card);
}
