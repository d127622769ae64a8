using Rasd.Core.Recognition.Ner;

namespace Rasd.Core.Tests.Recognition.Ner;

public class NerTrainerTests
{
    private static readonly NerTrainingOptions Options = new() { Epochs = 10, MinFeatureCount = 1, PruneBelow = 0 };

    [Fact]
    public void The_perceptron_learns_a_tiny_separable_data_set()
    {
        var tagger = NerTrainer.Train(NerTrainingData.Tiny, Options);

        foreach (var sentence in NerTrainingData.Tiny)
        {
            Assert.Equal(sentence.Tags.Select(NerLabels.FromCorpusTag), tagger.Tag(sentence.Tokens));
        }
    }

    [Fact]
    public void The_same_data_and_seed_give_the_same_predictions()
    {
        var first = NerTrainer.Train(NerTrainingData.Tiny, Options);
        var second = NerTrainer.Train(NerTrainingData.Tiny, Options);
        string[] unseen = ["قال", "الرئيس", "عون", "في", "دمشق", "إن", "منظمة", "العفو", "الدولية", "تكذب"];

        Assert.Equal(first.Tag(unseen), second.Tag(unseen));
    }

    [Fact]
    public void A_trained_model_round_trips_through_save_and_load_with_identical_predictions()
    {
        var tagger = NerTrainer.Train(NerTrainingData.Tiny, Options with { Triggers = new TriggerLexicon([new("الرئيس", "PER")]) });
        var path = Path.GetTempFileName();
        try
        {
            tagger.Save(path);
            var loaded = NerTagger.Load(path);
            string[] sentence = ["أعلن", "الرئيس", "محمد", "مرسي", "من", "القاهرة", "أن", "وزارة", "الخارجية", "ستتحرك"];

            Assert.Equal(tagger.Tag(sentence), loaded.Tag(sentence));
            foreach (var training in NerTrainingData.Tiny)
            {
                Assert.Equal(tagger.Tag(training.Tokens), loaded.Tag(training.Tokens));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_model_trained_with_a_gazetteer_says_so_and_round_trips_with_it()
    {
        var gazetteer = KbGazetteerFeaturesTests.Shipped.Value;
        var tagger = NerTrainer.Train(NerTrainingData.Tiny, Options with { Gazetteer = gazetteer });
        var path = Path.GetTempFileName();
        try
        {
            tagger.Save(path);
            var loaded = NerTagger.Load(path, gazetteer);
            string[] sentence = ["قال", "الرئيس", "بشار", "الأسد", "في", "دمشق", "إن", "منظمة", "العفو", "الدولية", "تكذب"];

            Assert.True(loaded.UsesGazetteer);
            Assert.False(NerTrainer.Train(NerTrainingData.Tiny, Options).UsesGazetteer);
            Assert.Equal(tagger.Tag(sentence), loaded.Tag(sentence));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_two_stage_model_round_trips_and_tags_a_document_the_same_after_loading()
    {
        var sentences = NerTrainingData.Tiny.Concat(NerTrainingData.Tiny).ToList();
        var tagger = NerTrainer.Train(sentences, Options);
        var path = Path.GetTempFileName();
        try
        {
            tagger.Save(path);
            var loaded = NerTagger.Load(path);
            var (before, after) = (tagger.BeginDocument(), loaded.BeginDocument());

            Assert.True(loaded.UsesDocumentContext);
            Assert.False(NerTrainer.Train(sentences, Options with { DocumentStage = false }).UsesDocumentContext);
            foreach (var sentence in sentences)
            {
                Assert.Equal(before.Tag(sentence.Tokens), after.Tag(sentence.Tokens));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_rejected_with_its_path()
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var gzip = new System.IO.Compression.GZipStream(File.Create(path), System.IO.Compression.CompressionLevel.Fastest))
            using (var writer = new BinaryWriter(gzip))
            {
                writer.Write("ليس نموذجا");
            }
            var error = Assert.Throws<InvalidDataException>(() => NerTagger.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
