using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Checklists;
using CivilityBot.Knowledge;
using CivilityBot.Tests.Knowledge;
using Microsoft.Extensions.Options;

namespace CivilityBot.Tests.Checklists;

/// <summary>Every checklist page, at its fullest, stays inside the message budget (<see cref="CivilityBot.Protocol.Schema.ActivitySize"/>).</summary>
public class ChecklistCardSizeTests
{
    private const int Limit = CivilityBot.Protocol.Schema.ActivitySize.BudgetBytes;

    [Theory]
    [InlineData(ReplyLanguage.Chinese, false)]
    [InlineData(ReplyLanguage.English, false)]
    [InlineData(ReplyLanguage.Chinese, true)]
    [InlineData(ReplyLanguage.English, true)]
    public void Every_page_of_the_busiest_person_stays_inside_the_message_budget_with_every_field_at_its_longest(ReplyLanguage language, bool withEvidence)
    {
        var campaign = SeedCampaign.Campaign;
        var store = new FullStore(campaign);
        var options = Options.Create(new ChecklistOptions());
        var pages = new ChecklistPages(campaign, options);
        var composer = new ChecklistCardComposer(campaign, pages, store, TestClock.Create(), withEvidence ? [new LongestEvidence()] : []);
        var busiest = ChecklistPagesTests.BusiestOwner();

        var sizes = Enumerable.Range(1, pages.For(busiest).Count)
            .Select(page => composer.Compose(new ChecklistView(busiest, page, "晏桃保", language) { Note = new string('注', 2000) })!)
            .Select(composed => CardJson.Utf16Size(composed.Card))
            .ToList();

        Assert.All(sizes, size => Assert.InRange(size, 1, Limit));
    }

    /// <summary>Evidence rows at their longest: a coordinator's view with review buttons, a full comment, the most file names.</summary>
    private sealed class LongestEvidence : IChecklistItemEvidence
    {
        public ChecklistItemEvidenceModel Describe(SubCriterion item, ChecklistItemState state, ChecklistView view) => new(
            "https://civilitybot.example.gov.cn/upload/" + new string('x', 160) + "." + new string('y', 43),
            "佐证文件（999）：" + string.Join("、", Enumerable.Repeat(new string('名', 41), 5)) + " 等 999 个 · 已满足要求",
            "还缺：999 张照片、999 份文件、文字说明")
        {
            Review = "已退回 · 晏桃保 12-31 23:59：" + new string('意', EvidenceVerbs.CommentMaxLength) + "（之后文件有变动，待重新审核）",
            ReviewIsReturn = true,
            ReviewData = ChecklistCards.PageData(view.PersonName, view.Page, ChecklistFields.English),
        };
    }

    /// <summary>Every item done, with evidence of the maximum length and the longest roster name as the last editor.</summary>
    private sealed class FullStore(Campaign campaign) : IChecklistStore
    {
        private readonly Dictionary<string, ChecklistItemState> _states = campaign.Indicators
            .SelectMany(indicator => indicator.SubCriteria.Select(sub => new ChecklistItemState
            {
                Id = sub.Id,
                IndicatorNumber = indicator.Number,
                Done = true,
                Evidence = new string('证', ChecklistFields.EvidenceMaxLength),
                DoneRevision = 999_999,
                EvidenceRevision = 999_999,
                ChangedByName = campaign.Roster.MaxBy(person => person.Name.Length)!.Name,
                ChangedAt = DateTimeOffset.UnixEpoch,
            }))
            .ToDictionary(state => state.Id);

        public IReadOnlyDictionary<string, ChecklistItemState> All() => _states;

        public ChecklistItemState? Find(string subCriterionId) => _states.GetValueOrDefault(subCriterionId);

        public ChecklistSaveResult Save(ChecklistSave save) => throw new NotSupportedException();

        public IReadOnlyList<ChecklistAuditEntry> Audit() => [];

        public int AuditCount() => 0;
    }
}
