"""The types of kg's public API, which ``kg/__init__.py`` imports on first use."""
from kg.dictset import DictionarySet as DictionarySet
from kg.errors import DictionaryError as DictionaryError
from kg.errors import InputError as InputError
from kg.errors import KgError as KgError
from kg.errors import NothingReadError as NothingReadError
from kg.errors import QueryError as QueryError
from kg.graph import KnowledgeGraph as KnowledgeGraph
from kg.model import ENTITY_TYPES as ENTITY_TYPES
from kg.model import RELATION_TYPES as RELATION_TYPES
from kg.model import Document as Document
from kg.model import DocumentResult as DocumentResult
from kg.model import Entity as Entity
from kg.model import Evidence as Evidence
from kg.model import Mention as Mention
from kg.model import Relation as Relation
from kg.notebook import to_pyvis as to_pyvis
from kg.pipeline import BuildResult as BuildResult
from kg.pipeline import Extraction as Extraction
from kg.pipeline import Pipeline as Pipeline
from kg.pipeline import RunResult as RunResult
from kg.pipeline import build as build
from kg.pipeline import extract as extract
from kg.scoring import Scores as Scores
from kg.scoring import evaluate as evaluate
from kg.scoring import load_gold as load_gold
from kg.scoring import predictions_of as predictions_of

__version__: str
__all__: list[str]
