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
    [InlineData(ReplyLanguage.Chinese)]
    [InlineData(ReplyLanguage.English)]
    public void Every_page_of_the_busiest_person_stays_inside_the_message_budget_with_every_field_at_its_longest(ReplyLanguage language)
    {
        var campaign = SeedCampaign.Campaign;
        var store = new FullStore(campaign);
        var options = Options.Create(new ChecklistOptions());
        var pages = new ChecklistPages(campaign, options);
        var composer = new ChecklistCardComposer(campaign, pages, store, TestClock.Create());
        var busiest = ChecklistPagesTests.BusiestOwner();

        var sizes = Enumerable.Range(1, pages.For(busiest).Count)
            .Select(page => composer.Compose(new ChecklistView(busiest, page, "晏桃保", language) { Note = new string('注', 2000) })!)
            .Select(composed => CardJson.Utf16Size(composed.Card))
            .ToList();

        Assert.All(sizes, size => Assert.InRange(size, 1, Limit));
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
