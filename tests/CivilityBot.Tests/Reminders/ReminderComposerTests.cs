using System.Text.Json;
using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Cards.Reminders;
using CivilityBot.Checklists;
using CivilityBot.Reminders;
using CivilityBot.Tests.Knowledge;

namespace CivilityBot.Tests.Reminders;

public sealed class ReminderComposerTests : IDisposable
{
    // 2023-09-15 10:00 in Shanghai: the implementation phase, which ends 2023-10-31.
    private readonly ReminderServices _services = new(new DateTimeOffset(2023, 9, 15, 2, 0, 0, TimeSpan.Zero));

    public void Dispose() => _services.Dispose();

    private ReminderComposer Composer => _services.Get<ReminderComposer>();

    [Fact]
    public void Delivery_SummarySaysWhichItemsAreOpenLikeTeamsNotificationsShouldRead()
    {
        _services.Progress.Items["宋伟"] = FakeChecklistProgress.Typical();

        var delivery = Composer.Delivery("宋伟", "请周五前上传材料", "刘斌");

        Assert.Equal("第16项等2项未完成", delivery.Summary);
    }

    [Fact]
    public void Delivery_CardGreetsThePersonListsTheirItemsByIndicatorAndGivesTheDeadline()
    {
        _services.Progress.Items["宋伟"] = FakeChecklistProgress.Typical();

        var card = Composer.Delivery("宋伟", "请周五前上传材料", "刘斌").CardJson;

        Assert.Contains("宋伟，您好", card, StringComparison.Ordinal);
        Assert.Contains("刘斌：请周五前上传材料", card, StringComparison.Ordinal);
        Assert.True(card.IndexOf("第16项 志愿服务", StringComparison.Ordinal) < card.IndexOf("第22项 诚信建设", StringComparison.Ordinal));
        Assert.Contains("16.2（2分）每年开展志愿服务活动不少于 4 次", card, StringComparison.Ordinal);
        Assert.Contains("当前阶段“全面落实阶段”2023年10月31日截止，还有 46 天。", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Delivery_ButtonOpensTheRecipientsChecklist()
    {
        _services.Progress.Items["宋伟"] = FakeChecklistProgress.Typical();
        using var card = JsonDocument.Parse(Composer.Delivery("宋伟", null, "刘斌").CardJson);

        var button = card.RootElement.GetProperty("body").EnumerateArray()
            .Single(e => e.GetProperty("type").GetString() == "ActionSet").GetProperty("actions")[0];

        Assert.Equal(("Action.Execute", ChecklistVerbs.Open), (button.GetProperty("type").GetString(), button.GetProperty("verb").GetString()));
        Assert.Equal(ChecklistVerbs.Open, button.GetProperty("fallback").GetProperty("data").GetProperty("verb").GetString());
    }

    [Fact]
    public void Delivery_OneIndicatorLeft_CountsItsSubCriteria()
    {
        _services.Progress.Items["宋伟"] = FakeChecklistProgress.Typical().Take(2).ToList();

        Assert.Equal("第16项有2个子项未完成", Composer.Delivery("宋伟", null, "刘斌").Summary);
    }

    [Fact]
    public void Deadline_AfterTheLastPhase_IsLeftOut()
    {
        _services.Time.SetUtcNow(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Null(Composer.Deadline());
    }

    [Fact]
    public void The_longest_possible_reminder_stays_well_under_the_Teams_message_size_limit()
    {
        var everything = SeedCampaign.Campaign.Indicators
            .SelectMany(i => i.SubCriteria.Select(s => new OutstandingItem(i.Number, i.Title, s.Id, s.Text, s.Score)))
            .ToList();
        _services.Progress.Items["宋伟"] = everything;
        var model = Composer.Model("宋伟", new string('注', ReminderFields.NoteMaxLength), "刘斌");

        var size = CardJson.Utf16Size(ReminderMessageCards.Build(model));

        Assert.Equal(31, model.Indicators.Count);
        Assert.InRange(size, 1, CivilityBot.Protocol.Schema.ActivitySize.BudgetBytes);
    }
}
