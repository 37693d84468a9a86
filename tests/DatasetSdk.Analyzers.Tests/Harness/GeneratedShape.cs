namespace DatasetSdk.Analyzers.Tests.Harness;

/// <summary>
/// Hand-written stand-ins for what the generator emits (API.md): a root class whose nested classes carry the
/// [DatasetSdkKey] tables and whose key-taking lookups carry [DatasetSdkKeyLookup].
/// </summary>
public static class GeneratedShape
{
    /// <summary>The default root, <c>Fixture.Generated.Corpus</c>, with five speakers and two documents.</summary>
    public const string Corpus = """
        #nullable enable
        using System.Collections.Generic;

        namespace Fixture.Generated
        {
            internal sealed class Speaker { public Speaker(string id) { Id = id; } public string Id { get; } }
            internal sealed class Statement { }
            internal sealed class Document { public Document(string id) { Id = id; } public string Id { get; } }

            internal static partial class Corpus
            {
                [global::System.Diagnostics.Conditional("DATASETSDK_KEYS")]
                [global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = true)]
                internal sealed class DatasetSdkKeyAttribute : global::System.Attribute
                {
                    public DatasetSdkKeyAttribute(string kind, string member, string display, params string[] keys) { }
                }

                [global::System.Diagnostics.Conditional("DATASETSDK_KEYS")]
                [global::System.AttributeUsage(global::System.AttributeTargets.Method | global::System.AttributeTargets.Property)]
                internal sealed class DatasetSdkKeyLookupAttribute : global::System.Attribute
                {
                    public DatasetSdkKeyLookupAttribute(string kind) { }
                }

                [DatasetSdkKey("speaker", "SergeiLavrov", "Sergei Lavrov", "Sergei Lavrov", "Lavrov", "Сергей Лавров", "Лавров", "Russia's foreign minister")]
                [DatasetSdkKey("speaker", "MariaZakharova", "Maria Zakharova", "Maria Zakharova", "Zakharova", "Мария Захарова", "Захарова")]
                [DatasetSdkKey("speaker", "PyotrSemyonov", "Pyotr Semyonov", "Pyotr Semyonov", "Semyonov", "Пётр Семёнов", "Семёнов")]
                [DatasetSdkKey("speaker", "AnnaBell", "Anna Bell", "Anna Bell", "Bell")]
                [DatasetSdkKey("speaker", "VeraKovalyova", "Вера Ковалёва", "Вера Ковалёва", "Ковалёва")]
                internal static class Speakers
                {
                    public static IReadOnlyList<Speaker> All { get; } = new Speaker[0];
                    public static Speaker SergeiLavrov { get; } = new Speaker("SergeiLavrov");
                    public static Speaker MariaZakharova { get; } = new Speaker("MariaZakharova");
                    public static Speaker PyotrSemyonov { get; } = new Speaker("PyotrSemyonov");
                    public static Speaker AnnaBell { get; } = new Speaker("AnnaBell");
                    public static Speaker VeraKovalyova { get; } = new Speaker("VeraKovalyova");

                    [DatasetSdkKeyLookup("speaker")]
                    public static Speaker? Find(string nameOrAlias) => null;
                }

                internal static class Statements
                {
                    [DatasetSdkKeyLookup("speaker")]
                    public static IReadOnlyList<Statement> BySpeaker(string speaker) => new Statement[0];

                    public static IReadOnlyList<Statement> BySpeaker(Speaker speaker) => new Statement[0];

                    public static IReadOnlyList<Statement> Containing(string wordOrPhrase) => new Statement[0];
                }

                [DatasetSdkKey("document", "Doc001_5149d5faf0a924b9", "Talks in Geneva", "001_5149d5faf0a924b9")]
                [DatasetSdkKey("document", "Doc002_0c1d2e3f4a5b6c7d", "Брифинг в Москве", "002_0c1d2e3f4a5b6c7d")]
                internal static class Documents
                {
                    public static Document Doc001_5149d5faf0a924b9 { get; } = new Document("001_5149d5faf0a924b9");
                    public static Document Doc002_0c1d2e3f4a5b6c7d { get; } = new Document("002_0c1d2e3f4a5b6c7d");

                    [DatasetSdkKeyLookup("document")]
                    public static Document? ById(string id) => null;
                }
            }
        }
        """;

    /// <summary>A second root, <c>Fixture.Archive.Archive</c> (DatasetSdkClassName=Archive), with its own keys.</summary>
    public const string Archive = """
        #nullable enable
        using System.Collections.Generic;

        namespace Fixture.Archive
        {
            internal sealed class Speaker { }
            internal sealed class Statement { }

            internal static partial class Archive
            {
                [global::System.Diagnostics.Conditional("DATASETSDK_KEYS")]
                [global::System.AttributeUsage(global::System.AttributeTargets.Class, AllowMultiple = true)]
                internal sealed class DatasetSdkKeyAttribute : global::System.Attribute
                {
                    public DatasetSdkKeyAttribute(string kind, string member, string display, params string[] keys) { }
                }

                [global::System.Diagnostics.Conditional("DATASETSDK_KEYS")]
                [global::System.AttributeUsage(global::System.AttributeTargets.Method | global::System.AttributeTargets.Property)]
                internal sealed class DatasetSdkKeyLookupAttribute : global::System.Attribute
                {
                    public DatasetSdkKeyLookupAttribute(string kind) { }
                }

                [DatasetSdkKey("speaker", "JaneRoe", "Jane Roe", "Jane Roe", "Roe")]
                internal static class Speakers
                {
                    public static Speaker JaneRoe { get; } = new Speaker();

                    [DatasetSdkKeyLookup("speaker")]
                    public static Speaker? Find(string nameOrAlias) => null;
                }

                internal static class Statements
                {
                    [DatasetSdkKeyLookup("speaker")]
                    public static IReadOnlyList<Statement> BySpeaker(string speaker) => new Statement[0];
                }
            }
        }
        """;
}
