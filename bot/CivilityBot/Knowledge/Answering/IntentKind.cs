using CivilityBot.Knowledge;

namespace CivilityBot.Knowledge.Answering;

internal enum IntentKind
{
    Help,
    Welcome,
    DataCheck,
    Indicator,
    IndicatorOutOfRange,
    Category,
    CategoryOutOfRange,
    AllCategories,
    Method,
    Bonus,
    Person,
    Department,
    WorkingGroup,
    AllWorkingGroups,
    Leadership,
    Phases,
    Topic,
    Relation,
    PlanSection,
    NearPerson,
    Unknown,
}
